import GRDB
import SanctuaryTestSupport
import Testing

@testable import Directory

/// Both full-text indexes buffer 16 MiB of new postings, in a new directory and in one made before migration
/// v11, whose search rows stay as they were.
@Suite struct FullTextBufferTests {
    private func buffers(_ store: DirectoryStore) throws -> [Int] {
        try store.read { db in
            try ["entity_text", "entity_names"].map { table in
                try Int.fetchOne(db, sql: "SELECT v FROM \(table)_config WHERE k = 'hashsize'") ?? 0
            }
        }
    }

    @Test func aNewDirectoryHasThem() throws {
        let fixture = try TemporaryStore()
        #expect(try buffers(fixture.store) == [16_777_216, 16_777_216])
    }

    @Test func anOlderDirectoryGetsThemAndKeepsItsSearch() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("old.sqlite")
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            SQLFunctions.register(on: db)
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try Schema.migrator.migrate(queue, upTo: "v10: what a source's items are")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO entities (kind, key, name, normalized, description)
                    VALUES ('organization', 'organization:web:casa.example.org', 'Casa Refugio', 'casa refugio',
                        'Acogida de personas migrantes');
                    """)
            try Refresher(db: db).index("SELECT id FROM entities")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM entity_text_config WHERE k = 'hashsize'") == 0)
        }
        try queue.close()

        let store = try DirectoryStore(path: path)
        #expect(try buffers(store) == [16_777_216, 16_777_216])
        #expect(try store.search(SearchQuery(text: "casa")).map(\.entity.name) == ["Casa Refugio"])
        #expect(try store.search(SearchQuery(text: "migrantes")).map { $0.rank } == [1])
    }
}
