import ArgumentParser
import Directory
import Importers

/// Import reports as people read them.
enum ImportText {
    /// Prints `summary` (as JSON with `json`), then throws the exit status it calls for: 1 when a source
    /// failed, 2 when rows were rejected.
    static func report(_ summary: ImportSummary, json: Bool) throws {
        if json {
            try JSONOutput.print(summary)
        } else {
            print(summary)
        }
        if !summary.failed.isEmpty { throw ExitCode.failure }
        if !summary.rejected.isEmpty { throw ExitStatus.rejectedRows }
    }

    static func print(_ summary: ImportSummary) {
        for report in summary.files {
            if let reason = report.unchangedBecause {
                Swift.print("\(report.file): unchanged, \(reason)")
                continue
            }
            let read: String
            if let delimiter = report.delimiter {
                read = "\(report.rows) rows (\(report.encoding), \(delimiter == "\t" ? "tab" : "'\(delimiter)'"))"
            } else if let items = report.items {
                let mentions = report.mentions.map { ", \($0) mentions" } ?? ""
                read = "\(report.rows) items as \(items) (\(report.format), \(report.encoding)\(mentions))"
            } else {
                read = "\(report.rows) entities and relations (\(report.format), \(report.encoding))"
            }
            Swift.print(
                "\(report.file): \(read) as source '\(report.source)': "
                    + describe(report.counts, rejected: report.rejected.count)
            )
            for rejection in report.rejected {
                Swift.print("  rejected \(rejection.file):\(rejection.line): \(rejection.reason)")
            }
            if !report.unresolved.isEmpty {
                let cities = report.unresolved.map { city in
                    "\(city.name)\(city.country.map { " (\($0))" } ?? "") line \(city.line)"
                }
                Swift.print("  not in the gazetteer, kept by name and country: " + cities.joined(separator: "; "))
            }
            for warning in report.warnings {
                Terminal.error("warning: \(report.file)\(warning.line.map { ":\($0)" } ?? ""): \(warning.message)")
            }
        }
        for failure in summary.failed {
            Terminal.error("error: \(failure.source): \(failure.error)")
        }
        if summary.files.count > 1 {
            Swift.print("total: " + describe(summary.counts, rejected: summary.rejected.count))
        }
    }

    /// `3 added, 0 updated, 5 unchanged, 1 retracted`, and the rejections when they are counted.
    static func describe(_ counts: RunCounts, rejected: Int? = nil) -> String {
        var text = "\(counts.added) added, \(counts.updated) updated, \(counts.unchanged) unchanged, "
        text += "\(counts.retracted) retracted"
        if let rejected { text += ", \(rejected) rejected" }
        return text
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
