import GRDB
import SanctuaryTestSupport
import Testing

@testable import Directory

/// A word of two letters finds every word it begins, in names and elsewhere, through the index of
/// three-character prefixes (migration v12), in a new directory and in one made before v12, whose rows are
/// kept without their sizes.
@Suite struct TwoLetterSearchTests {
    private func fill(_ store: DirectoryStore) throws {
        _ = try store.run("list") { run in
            try run.organization("De Colores", website: "colores.example.org")
            try run.organization("Delta Haus", website: "delta.example.org")
            try run.organization("Dédalo", website: "dedalo.example.org")
            try run.organization("Red Acogida", website: "red.example.org", description: "Defensa de derechos")
            try run.organization("Casa Abierta", website: "casa.example.org", description: "Puertas abiertas")
        }
    }

    private func ranked(_ store: DirectoryStore, _ text: String) throws -> [String: Int] {
        Dictionary(
            uniqueKeysWithValues: try store.search(SearchQuery(text: text, limit: 100)).map {
                ($0.entity.name, $0.rank ?? -1)
            })
    }

    @Test func aTwoLetterWordFindsTheWordsItBegins() throws {
        let fixture = try TemporaryStore()
        try fill(fixture.store)
        #expect(
            try ranked(fixture.store, "de")
                == ["De Colores": 0, "Delta Haus": 0, "Dédalo": 0, "Red Acogida": 1])
        #expect(try ranked(fixture.store, "DÉ co") == ["De Colores": 0])
        #expect(try ranked(fixture.store, "ab") == ["Casa Abierta": 0])
        #expect(try ranked(fixture.store, "pu") == ["Casa Abierta": 1])
        #expect(try ranked(fixture.store, "dx") == [:])
    }

    @Test func itIsSpelledAsTheWordAndThePrefixesBeginningWithIt() throws {
        let fixture = try TemporaryStore()
        try fill(fixture.store)
        let plan = try fixture.store.read { db in try SearchPlan(db, words: ["de"]) }
        #expect(plan?.names == #"("de" OR "ded"* OR "def"* OR "del"* OR "der"*)"#)
        #expect(try fixture.store.read { db in try SearchPlan(db, words: ["dx"]) } == nil)
    }

    /// Past 64 prefixes, FTS5's own prefix query reads the words, with the same answer.
    @Test func aWordBeginningManyPrefixesFindsThemAll() throws {
        let fixture = try TemporaryStore()
        let latin = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        let thirds = latin + Array("αβγδεζηθικλμνξοπρστυφχψω") + Array("бвгдежзийклмн")
        #expect(thirds.count > SearchPlan.maximumExpansion)
        _ = try fixture.store.run("many") { run in
            for (index, third) in thirds.enumerated() {
                try run.organization("Zq\(third)x Group", website: "zq\(index).example.org")
            }
        }
        let plan = try fixture.store.read { db in try SearchPlan(db, words: ["zq"]) }
        #expect(plan?.names == #""zq"*"#)
        let hits = try fixture.store.search(SearchQuery(text: "zq", limit: 1000))
        #expect(hits.count == thirds.count)
        #expect(hits.map(\.entity.id) == hits.map(\.entity.id).sorted())
    }

    @Test func aDirectoryMadeBeforeKeepsItsRowsAndFindsThem() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("old.sqlite")
        var configuration = Configuration()
        configuration.prepareDatabase { db in SQLFunctions.register(on: db) }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try Schema.migrator.migrate(queue, upTo: "v11: larger full-text buffers")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO entities (kind, key, name, normalized, description) VALUES
                        ('organization', 'organization:web:casa.example.org', 'Casa Refugio', 'casa refugio',
                            'Acogida de personas migrantes'),
                        ('organization', 'organization:web:red.example.org', 'Red Migrante', 'red migrante', NULL);
                    """)
            try Refresher(db: db).index("SELECT id FROM entities")
        }
        try queue.close()

        let store = try DirectoryStore(path: path)
        let definitions = try store.read { db in
            try String.fetchAll(
                db, sql: "SELECT sql FROM sqlite_master WHERE name IN ('entity_text', 'entity_names') ORDER BY name")
        }
        #expect(definitions.count == 2)
        #expect(definitions.allSatisfy { $0.contains("prefix = '3'") && !$0.contains("'2 3'") })
        let sizeTables = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name LIKE 'entity_%_docsize'")
        }
        #expect(sizeTables == 0)
        let buffers = try store.read { db in
            try Int.fetchAll(db, sql: "SELECT v FROM entity_text_config WHERE k = 'hashsize'")
                + Int.fetchAll(db, sql: "SELECT v FROM entity_names_config WHERE k = 'hashsize'")
        }
        #expect(buffers == [Schema.fullTextBuffer, Schema.fullTextBuffer])
        #expect(try ranked(store, "ca") == ["Casa Refugio": 0])
        #expect(try ranked(store, "mi") == ["Red Migrante": 0, "Casa Refugio": 1])
        #expect(try ranked(store, "migrantes") == ["Casa Refugio": 1])
        #expect(try ranked(store, "ref") == ["Casa Refugio": 0])
    }
}
