import ArgumentParser
import Directory
import Fetching
import Foundation
import Importers

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a fresh directory from the bundled demo data and serve it on 127.0.0.1:8080.",
        discussion: """
            Imports every list of Data/demo (a small network grown from the facts of a World Social Forum \
            report) into a new ./sanctuary-demo.sqlite, or the --db you give ($SANCTUARY_DB is not used, so a \
            real directory is never mixed with the demo), prints what it holds, and serves it as `sanctuary \
            serve` does: the directory page at its root, with a few example URLs of the API. Ctrl-C stops \
            it. --no-serve builds and prints only.

            A --db that exists is rebuilt only when it holds nothing but demo lists.
            """
    )

    @Option(name: .long, help: "The database to build (default: ./sanctuary-demo.sqlite).")
    var db = "sanctuary-demo.sqlite"

    @Flag(name: .long, help: "Print one JSON document on stdout instead of text.")
    var json = false

    @Option(name: .long, help: "The folder of demo lists (default: Data/demo of this package).")
    var data: String?

    @Flag(name: .long, help: "Build the directory and print what it holds, without serving it.")
    var noServe = false

    @OptionGroup var server: ServerOptions

    private struct Report: Encodable {
        var database: String
        var imported: ImportSummary
        var statistics: Statistics
        var example: Example
        var url: String?
        var examples: [String]?
    }

    private struct Example: Encodable {
        var question: String
        var results: [SearchHit]
    }

    func run() async throws {
        let folder = try DemoData.folder(given: data)
        let files = try DemoData.lists(in: folder)
        try DemoData.remove(db, holding: folder)
        let store = try DirectoryStore(path: db)
        try GazetteerSetup.install(into: store)
        var outcomes: [SourceOutcome] = []
        try await SourceImporter.using(store) { importer in
            for file in files {
                outcomes += try await importer.importArgument(file, ImportRequest(files: [file])) { file, rows in
                    Terminal.progress("importing \(file): \(rows) records")
                }
            }
        }
        Terminal.clearProgress()
        let summary = ImportSummary(outcomes)
        let question = "Who works on migration in Mexico City?"
        let report = Report(
            database: db, imported: summary, statistics: try store.statistics(),
            example: Example(
                question: question,
                results: try store.search(SearchQuery(theme: "migration", place: "Mexico City", limit: 10))))
        // Demo lists with rejected rows or a feed that fails are a broken checkout: say so rather than serve half
        // of them.
        if noServe || !summary.rejected.isEmpty || !summary.failed.isEmpty {
            try show(report)
            if !summary.failed.isEmpty { throw ExitCode.failure }
            if !summary.rejected.isEmpty { throw ExitStatus.rejectedRows }
            return
        }
        if !json { try show(report) }
        let db = db
        let json = json
        try await server.serve(db) { url in
            if json {
                var served = report
                served.url = url
                served.examples = Self.examplePaths.map { url + $0 }
                try? JSONOutput.print(served)
            } else {
                printNow(Self.examples(url))
            }
        }
    }

    private func show(_ report: Report) throws {
        if json { return try JSONOutput.print(report) }
        ImportText.print(report.imported)
        print("\nThe directory in \(report.database) holds:")
        print(StatisticsText.render(report.statistics))
        print("\n\(report.example.question)")
        for hit in report.example.results { print(EntityText.row(hit.entity)) }
        print(
            """

            On this machine, for example:
              swift run sanctuary search sanctuary --db \(db)
              swift run sanctuary show "Ciudad de México" --db \(db)
              swift run sanctuary who --on migration --in "Mexico City" --db \(db)
            """
        )
    }

    /// What the demo suggests asking, from the server's root; its test asks each.
    static let examplePaths = [
        "v1/entities?q=migra",
        "v1/who?on=migration&in=Mexico%20City",
        "v1/connections?from=CETRI&to=Red%20Jur%C3%ADdica%20Migrante&skip_themes=true",
        "v1/convergences?by=themes&themes=migration&themes=anti-fascism",
        "v1/export.geojson",
        "openapi.json",
    ]

    private static func examples(_ url: String) -> String {
        let lines = examplePaths.map { "  " + url + $0 }.joined(separator: "\n")
        return "\nServing the demo directory at \(url) (Ctrl-C stops): open it in a browser for the directory page.\n"
            + "Public entries only. The API answers the same questions; try:\n\(lines)\n"
            + "The exports also come as \(url)v1/export.csv and \(url)v1/export.xml."
    }
}

/// Finds the bundled demo lists and feeds.
enum DemoData {
    /// `given`, else the package's `Data/demo`.
    static func folder(given: String?) throws -> String {
        if let given { return given }
        if let found = PackageFiles.find("Data/demo") { return found }
        throw ValidationError("cannot find the demo data: run from the package folder or pass --data DIR")
    }

    /// Removes `path` (with its WAL files) before a rebuild, unless it holds a source that is not one of
    /// the demo lists: that would be someone's directory, given by mistake.
    static func remove(_ path: String, holding folder: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        let names = Set(files.map { URL(fileURLWithPath: $0).lastPathComponent })
        let sources = try DirectoryStore(path: path).sources().map(\.name)
        if let other = sources.first(where: { !names.contains($0) }) {
            throw ValidationError("\(path) holds the source '\(other)', which is not a demo list: give another --db")
        }
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            try FileManager.default.removeItem(atPath: file)
        }
    }

    /// The CSV lists and OPML lists of feeds in `folder`, by name: the numbers in front of their names say the
    /// order.
    static func lists(in folder: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        let lists = names.filter { [".csv", ".opml"].contains(where: $0.lowercased().hasSuffix) }.sorted()
        if lists.isEmpty { throw ValidationError("no CSV lists in \(folder)") }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return lists.map { prefix + $0 }
    }
}
