import Directory

/// Fills an ``ImportReport`` as records are linked: rejections (which stop a strict run), warnings, and each
/// unresolved city once, at the first line that names it.
struct ReportBuilder {
    var report: ImportReport
    let strict: Bool
    private var unresolved: Set<String> = []

    init(report: ImportReport, strict: Bool) {
        self.report = report
        self.strict = strict
    }

    /// - Throws: ``ImportError/rejected(file:line:reason:)`` when the run is strict.
    mutating func reject(line: Int, reason: String) throws {
        if strict { throw ImportError.rejected(file: report.file, line: line, reason: reason) }
        report.rejected.append(.init(file: report.file, line: line, reason: reason))
    }

    mutating func note(_ outcome: RecordLinker.Outcome, line: Int) throws {
        if let reason = outcome.rejection { try reject(line: line, reason: reason) }
        for warning in outcome.warnings {
            report.warnings.append(Diagnostic(line: line, message: warning))
        }
        for city in outcome.unresolved
        where unresolved.insert("\(Normalizer.normalize(city.name))\t\(city.country ?? "")").inserted {
            report.unresolved.append(.init(line: line, name: city.name, country: city.country))
        }
    }
}
