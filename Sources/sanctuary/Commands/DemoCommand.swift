import ArgumentParser
import Directory
import Foundation
import Importers

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a directory from the bundled demo data and show what it holds.",
        discussion: """
            Imports every CSV list of Data/demo (a small network grown from the facts of a World Social Forum \
            report) into ./sanctuary-demo.sqlite, or the --db you give ($SANCTUARY_DB is not used, so a real \
            directory is never mixed with the demo). Running it again changes nothing.
            """
    )

    @Option(name: .long, help: "The database to build (default: ./sanctuary-demo.sqlite).")
    var db = "sanctuary-demo.sqlite"

    @Flag(name: .long, help: "Print one JSON document on stdout instead of text.")
    var json = false

    @Option(name: .long, help: "The folder of demo lists (default: Data/demo of this package).")
    var data: String?

    private struct Report: Encodable {
        var database: String
        var imported: ImportSummary
        var statistics: Statistics
        var example: Example
    }

    private struct Example: Encodable {
        var question: String
        var results: [SearchHit]
    }

    func run() throws {
        let folder = try DemoData.folder(given: data)
        let files = try DemoData.lists(in: folder)
        let store = try DirectoryStore(path: db)
        try GazetteerSetup.install(into: store)
        let summary = try Importer().run(ImportRequest(files: files), store: store) { file, rows in
            Terminal.progress("importing \(file): \(rows) rows")
        }
        Terminal.clearProgress()
        let statistics = try store.statistics()
        let question = "Who works on migration in Mexico City?"
        let hits = try store.search(SearchQuery(theme: "migration", place: "Mexico City", limit: 10))
        if json {
            try JSONOutput.print(
                Report(
                    database: db, imported: summary, statistics: statistics,
                    example: Example(question: question, results: hits)
                )
            )
        } else {
            ImportText.print(summary)
            print("\nThe directory in \(db) holds:")
            print(StatisticsText.render(statistics))
            print("\n\(question)")
            for hit in hits { print(EntityText.row(hit.entity)) }
            print(
                """

                Next, for example:
                  swift run sanctuary search sanctuary --db \(db)
                  swift run sanctuary show "Ciudad de México" --db \(db)
                  swift run sanctuary search --theme anti-fascism --country DE --db \(db)
                """
            )
        }
        if !summary.rejected.isEmpty { throw ExitStatus.rejectedRows }
    }
}

/// Finds the bundled demo lists.
enum DemoData {
    /// `given`, else the package's `Data/demo`.
    static func folder(given: String?) throws -> String {
        if let given { return given }
        if let found = PackageFiles.find("Data/demo") { return found }
        throw ValidationError("cannot find the demo data: run from the package folder or pass --data DIR")
    }

    /// The CSV lists in `folder`, by name: the numbers in front of their names say the order.
    static func lists(in folder: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        let lists = names.filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        if lists.isEmpty { throw ValidationError("no CSV lists in \(folder)") }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return lists.map { prefix + $0 }
    }
}
