import ArgumentParser
import Directory
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole directory as GeoJSON, CSV or directory XML.",
        discussion: """
            The same files as the server's /v1/export.geojson, .csv and .xml. --for says who the file is for, and
            so what goes in:
              public    what anyone may see (the default): no private or partners-only entries, sensitive
                        ones placed at their city only;
              partners  also the partners-only entries;
              local     everything, private entries and exact positions included: for a backup or a move
                        to another machine, never to publish.
            CSV cells that a spreadsheet would run as formulas (starting with =, +, -, @) get a leading '.
            With --out, the file appears whole or not at all.
            """
    )

    @Option(name: .long, help: "geojson, csv or xml.", transform: Parse.exportFormat)
    var format: ExportFormat

    @Option(name: .customLong("for"), help: "public, partners or local (default: public).", transform: Parse.audience)
    var audience: Audience = .public

    @Option(name: .shortAndLong, help: "The file to write (default: standard output).")
    var out: String?

    @OptionGroup var options: GlobalOptions

    private struct Written: Encodable {
        var file: String
        var format: String
        var bytes: Int
    }

    func run() throws {
        let local = try options.openStore()
        let store = audience == .local ? local : try DirectoryStore(path: options.databasePath, audience: audience)
        guard let out else {
            try store.export(format) { FileHandle.standardOutput.write(Data($0)) }
            return
        }
        let partial = out + ".partial"
        guard FileManager.default.createFile(atPath: partial, contents: nil),
            let handle = FileHandle(forWritingAtPath: partial)
        else { throw ValidationError("cannot write \(partial)") }
        var bytes = 0
        do {
            try store.export(format) { chunk in
                try handle.write(contentsOf: chunk)
                bytes += chunk.count
            }
            try handle.close()
            if FileManager.default.fileExists(atPath: out) { try FileManager.default.removeItem(atPath: out) }
            try FileManager.default.moveItem(atPath: partial, toPath: out)
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
        if options.json {
            try JSONOutput.print(Written(file: out, format: format.rawValue, bytes: bytes))
        } else {
            print("wrote \(bytes) bytes of \(format.rawValue) to \(out)")
        }
    }
}
