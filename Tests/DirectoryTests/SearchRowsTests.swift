import GRDB
import SanctuaryTestSupport
import Testing

@testable import Directory

/// ``Refresher/index(_:arguments:indexed:)`` over more texts than the vocabulary gatherer takes in a batch: every
/// entity gets its full-text and name rows, and the vocabulary gathered on the other thread holds every word.
@Suite struct SearchRowsTests {
    @Test func everyRowIsIndexedAndEveryWordGathered() throws {
        let folder = try TemporaryDirectory()
        var configuration = Configuration()
        configuration.prepareDatabase { db in SQLFunctions.register(on: db) }
        let queue = try DatabaseQueue(path: folder.path("rows.sqlite"), configuration: configuration)
        try Schema.migrator.migrate(queue)
        let count = 2 * VocabularyGatherer.batchTexts + 5
        try queue.write { db in
            try db.execute(
                sql: """
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                    INSERT INTO entities (kind, key, name, normalized, description)
                    SELECT 'organization', 'organization:test:' || i, 'Group ' || i, 'group ' || i,
                        'Works on w' || (i * 7) || ' and Año ' || i
                    FROM n
                    """,
                arguments: [count])
            try Refresher(db: db).index("SELECT id FROM entities")

            var expected: Set<String> = ["group", "works", "on", "and", "ano"]
            for index in 1...count { expected.formUnion(["\(index)", "w\(index * 7)"]) }
            #expect(try Set(String.fetchAll(db, sql: "SELECT term FROM search_terms")) == expected)
            for table in ["entity_text", "entity_names"] {
                #expect(
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE \(table) MATCH 'group'") == count)
            }
            let last = try Int64.fetchOne(db, sql: "SELECT id FROM entities WHERE key = 'organization:test:\(count)'")
            #expect(
                try Int64.fetchAll(db, sql: "SELECT rowid FROM entity_text WHERE entity_text MATCH 'w\(count * 7)'")
                    == [last!])
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_temp_master WHERE name = 'index_rows'") == 0)
        }
    }
}
