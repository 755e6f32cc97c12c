import ArgumentParser
import Directory
import Foundation
import Importers

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The directory database (default: $SANCTUARY_DB, else ./sanctuary.sqlite).")
    var db: String?

    @Flag(name: .long, help: "Print one JSON document on stdout instead of text.")
    var json = false

    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["SANCTUARY_DB"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "sanctuary.sqlite"
    }

    /// The directory database, with the gazetteer loaded (on first use, in about a second).
    func openStore() throws -> DirectoryStore {
        let store = try DirectoryStore(path: databasePath)
        try GazetteerSetup.install(into: store)
        return store
    }
}

/// Argument parsers for the library's enums, kept here so the libraries need not know ArgumentParser.
enum Parse {
    static func kind(_ text: String) throws -> EntityKind {
        guard let kind = EntityKind(loosely: text) else {
            throw ValidationError("'\(text)' is not a kind: city, organization, campaign, event, theme or article")
        }
        return kind
    }

    static func items(_ text: String) throws -> EntityKind {
        guard let kind = EntityKind(loosely: text), FeedImporter.itemKinds.contains(kind) else {
            throw ValidationError(
                "'\(text)' is not what a feed's items can be: article, organization, event or campaign")
        }
        return kind
    }

    static func relation(_ text: String) throws -> Relation {
        guard let relation = Relation(rawValue: text.lowercased().replacing(" ", with: "_").replacing("-", with: "_"))
        else {
            let names = Relation.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("'\(text)' is not a relation: \(names)")
        }
        return relation
    }

    static func exportFormat(_ text: String) throws -> ExportFormat {
        guard let format = ExportFormat(rawValue: text.lowercased()) else {
            throw ValidationError("'\(text)' is not an export format: geojson, csv or xml")
        }
        return format
    }

    static func audience(_ text: String) throws -> Audience {
        switch text.lowercased() {
        case "public": return .public
        case "partners": return .partners
        case "local": return .local
        default: throw ValidationError("'\(text)' is not an audience: public, partners or local")
        }
    }

    static func mode(_ text: String) throws -> ImportMode {
        guard let mode = ImportMode(rawValue: text.lowercased()) else {
            throw ValidationError("'\(text)' is not a mode: snapshot or append")
        }
        return mode
    }
}

/// Exit statuses beyond success (0), failure (1) and wrong usage (64).
enum ExitStatus {
    /// The import ran, but some rows were rejected.
    static let rejectedRows = ExitCode(2)
}
