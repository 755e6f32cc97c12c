public import Directory
import Foundation

/// Imports CSV lists: each file is one source, and one transaction.
public struct CSVImporter: Sendable {
    public init() {}

    /// Reads `path` without writing anything and says what was read.
    ///
    /// - Throws: ``ImportError`` when the file cannot be read or its kind cannot be told.
    public func preview(path: String, kind: EntityKind?) throws -> CSVPreview {
        let file = try CSVFile(path: path, kind: kind)
        var rows: [CSVRecord] = []
        var rejected: [CSVPreview.Rejection] = []
        try file.forEachRow { record, mapped in
            if !record.cells.isEmpty { rows.append(record) }
            if case .failure(let rejection) = mapped {
                rejected.append(CSVPreview.Rejection(line: record.line, reason: rejection.reason))
            }
        }
        return CSVPreview(
            file: path,
            encoding: file.reader.encoding.rawValue,
            delimiter: file.delimiterName,
            columns: file.header,
            understood: file.header.map { Column(header: $0)?.rawValue },
            rows: rows,
            rejected: rejected,
            warnings: file.reader.warnings
        )
    }

    /// Imports `path` as the source `source` in one transaction.
    ///
    /// - Parameters:
    ///   - strict: a rejected row aborts the run and nothing is written.
    ///   - progress: called every few thousand rows with the number read so far.
    /// - Throws: ``ImportError/rejected(file:line:reason:)`` in strict mode; errors opening the file or the
    ///   database.
    public func run(
        path: String,
        kind: EntityKind?,
        source: SourceDescriptor,
        strict: Bool,
        store: DirectoryStore,
        progress: (Int) -> Void = { _ in }
    ) throws -> ImportReport {
        let file = try CSVFile(path: path, kind: kind)
        var builder = ReportBuilder(
            report: ImportReport(
                file: path, source: source.name, format: source.format, encoding: file.reader.encoding.rawValue,
                delimiter: file.delimiterName),
            strict: strict)
        let counts = try store.importRun(source: source) { run in
            let linker = RecordLinker(run: run)
            try file.forEachRow { record, mapped in
                builder.count(progress)
                _ = try builder.record(mapped, line: record.line, linker)
            }
        }
        var report = builder.report
        progress(report.rows)
        report.counts = counts
        report.warnings = file.reader.warnings + report.warnings
        return report
    }
}
