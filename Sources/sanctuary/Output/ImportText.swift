import Importers

/// Import reports as people read them.
enum ImportText {
    static func print(_ summary: ImportSummary) {
        for report in summary.files {
            let delimiter = report.delimiter == "\t" ? "tab" : "'\(report.delimiter)'"
            Swift.print(
                "\(report.file): \(report.rows) rows (\(report.encoding), \(delimiter)) as source '\(report.source)': "
                    + "\(report.added) added, \(report.updated) updated, \(report.unchanged) unchanged, "
                    + "\(report.retracted) retracted, \(report.rejected.count) rejected"
            )
            for rejection in report.rejected {
                Swift.print("  rejected \(rejection.file):\(rejection.line): \(rejection.reason)")
            }
            for warning in report.warnings {
                Terminal.error("warning: \(report.file)\(warning.line.map { ":\($0)" } ?? ""): \(warning.message)")
            }
        }
        if summary.files.count > 1 {
            Swift.print(
                "total: \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged, "
                    + "\(summary.retracted) retracted, \(summary.rejected.count) rejected"
            )
        }
    }

    static func print(_ preview: CSVPreview) {
        let delimiter = preview.delimiter == "\t" ? "tab" : "'\(preview.delimiter)'"
        Swift.print("\(preview.file): \(preview.encoding), delimiter \(delimiter), \(preview.rows.count) rows")
        for (title, column) in zip(preview.columns, preview.understood) {
            Swift.print("  column '\(title)' -> \(column ?? "extra attribute")")
        }
        for rejection in preview.rejected {
            Swift.print("  would reject \(preview.file):\(rejection.line): \(rejection.reason)")
        }
        for warning in preview.warnings {
            Terminal.error("warning: \(preview.file)\(warning.line.map { ":\($0)" } ?? ""): \(warning.message)")
        }
    }
}
