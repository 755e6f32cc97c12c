import Directory
import Foundation
import SanctuaryTestSupport
import Testing

@testable import Importers

/// Directory XML written by the export and read by the importer: the same graph comes back.
@Suite struct DirectoryXMLRoundTripTests {
    let folder: TemporaryDirectory

    init() throws { folder = try TemporaryDirectory() }

    static let schema = Fixtures.root.appendingPathComponent("docs/directory.xsd").path

    /// The demo network: lists, a news feed with mentions, a calendar with directory XML in its entries, and a
    /// partner's directory document.
    private func demo(_ name: String) throws -> DirectoryStore {
        let store = try GazetteerTemplate.store(at: folder.path(name))
        let importer = Importer()
        _ = try importer.run(ImportRequest(files: Fixtures.demoLists), store: store)
        for (file, items) in [("news.rss", EntityKind.article), ("calendar.atom", .event)] {
            _ = try importer.run(
                ImportRequest(files: [Fixtures.data("demo/feeds/\(file)").path], items: items), store: store)
        }
        _ = try importer.run(
            ImportRequest(files: [Fixtures.data("demo/feeds/partner-directory.xml").path]), store: store)
        return store
    }

    private func export(_ store: DirectoryStore, to name: String) throws -> String {
        var bytes: [UInt8] = []
        try store.export(.xml) { bytes += $0 }
        return try folder.write(name, bytes: bytes)
    }

    /// A graph as sets of comparable lines: each entity by its key with every exported field (ids and sources
    /// left out), each relation by its ends' keys.
    private func graph(_ path: String) throws -> (entities: Set<String>, relations: Set<String>) {
        var keys: [String: String] = [:]
        var entities: Set<String> = []
        var relations: Set<String> = []
        _ = try DirectoryXMLReader.read(
            path: path,
            entity: { element in
                keys[element.id ?? ""] = element.key
                var copy = element
                (copy.id, copy.sources, copy.line) = (nil, [], 0)
                copy.aliases.sort()
                let json = try DirectoryJSON.encoder(pretty: false).encode(copy)
                entities.insert(String(decoding: json, as: UTF8.self))
            },
            relation: { relation in
                relations.insert(
                    "\(keys[relation.from ?? ""] ?? "?") \(relation.type ?? "?") \(keys[relation.to ?? ""] ?? "?")")
            })
        return (entities, relations)
    }

    @Test func exportThenImportIntoAnEmptyDirectoryGivesTheSameGraph() throws {
        let original = try demo("original.sqlite")
        let first = try export(original, to: "first.xml")
        let copy = try GazetteerTemplate.store(at: folder.path("copy.sqlite"))
        let summary = try Importer().run(ImportRequest(files: [first], strict: true), store: copy)
        #expect(summary.rejected.isEmpty)
        let second = try export(copy, to: "second.xml")

        let before = try graph(first), after = try graph(second)
        let statistics = try original.statistics()
        #expect(before.entities.count == statistics.entities)
        #expect(before.relations.count == statistics.edges)
        #expect(after.entities.subtracting(before.entities).isEmpty)
        #expect(before.entities.subtracting(after.entities).isEmpty)
        #expect(after.relations == before.relations)
        #expect(before.relations.contains { $0.hasSuffix(" mentions city:geonames:3530597") })
        #expect(try copy.statistics().byKind == statistics.byKind)
    }

    @Test func theExportAndTheDemoDocumentAreValidAgainstTheSchema() throws {
        let validation = try SchemaValidation(schemaPath: Self.schema)
        let exported = try export(try demo("original.sqlite"), to: "export.xml")
        #expect(try validation.errors(path: exported) == [])
        #expect(try validation.errors(path: Fixtures.data("demo/feeds/partner-directory.xml").path) == [])
        let wrong = try folder.write(
            "wrong.xml",
            """
            <directory xmlns="urn:sanctuary:directory:1">
              <entity id="1" kind="place"><name>Porto</name><country>Portugal</country></entity>
              <relation from="1" type="near" to="2"/>
            </directory>
            """)
        let errors = try validation.errors(path: wrong)
        #expect(errors.count == 4, "\(errors)")
        #expect(errors.allSatisfy { $0.hasPrefix("line 2") || $0.hasPrefix("line 3") || $0.hasPrefix("line 1") })
    }
}
