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

    /// The report of reading `path` as `source`, in UTF-8 until the reader says otherwise.
    init(path: String, source: SourceDescriptor, strict: Bool) {
        self.init(
            report: ImportReport(file: path, source: source.name, format: source.format, encoding: "UTF-8"),
            strict: strict)
    }

    /// Counts one more record read, telling `progress` every few thousand.
    mutating func count(_ progress: (Int) -> Void) {
        report.rows += 1
        if report.rows % 5000 == 0 { progress(report.rows) }
    }

    /// The report once the run is done: its counts, and the reader's encoding and warnings before the
    /// records' own.
    func finished(_ counts: RunCounts, encoding: String?, warnings: [String]) -> ImportReport {
        var finished = report
        finished.counts = counts
        if let encoding { finished.encoding = encoding }
        finished.warnings = warnings.map { Diagnostic(line: nil, message: $0) } + report.warnings
        return finished
    }

    /// - Throws: ``ImportError/rejected(file:line:reason:)`` when the run is strict.
    mutating func reject(line: Int, reason: String) throws {
        if strict { throw ImportError.rejected(file: report.file, line: line, reason: reason) }
        report.rejected.append(.init(file: report.file, line: line, reason: reason))
    }

    /// Records what a record at `line` maps to: its rejection, or the record linked by `linker`.
    ///
    /// - Parameter prepared: the mapped record's facts prepared for the store, when that was done beforehand.
    /// - Returns: the entity the record describes; nil when it was rejected.
    mutating func record(
        _ mapped: Result<MappedRecord, RowMapper.Rejection>, line: Int, _ linker: RecordLinker,
        prepared: PreparedFacts? = nil
    ) throws -> Int64? {
        switch mapped {
        case .failure(let rejection):
            try reject(line: line, reason: rejection.reason)
            return nil
        case .success(let record):
            let outcome = try linker.apply(record, prepared: prepared)
            try note(outcome, line: line)
            return outcome.id
        }
    }

    private mutating func note(_ outcome: RecordLinker.Outcome, line: Int) throws {
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
