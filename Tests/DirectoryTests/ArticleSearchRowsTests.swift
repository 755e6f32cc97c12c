import GRDB
import SanctuaryTestSupport
import Testing

@testable import Directory

/// The search rows a run makes of the articles it creates (`NewEntityRows`, with their text made beforehand
/// or not) are the rows the store makes of the same entities from their columns: after a run that repeats
/// items, changed and unchanged, and links one to a theme, rebuilding every row changes nothing.
@Suite struct ArticleSearchRowsTests {
    private func key(_ number: Int) -> String { EntityKey.item(id: "post-\(number)", scope: "news") }

    private func facts(_ number: Int) -> EntityFacts {
        EntityFacts(
            name: number % 7 == 0 ? "Bündnis in München \(number)" : "Post \(number)",
            description: number % 2 == 0 ? "Über Grenzen: Solidarität Nº \(number)" : nil)
    }

    private func rows(_ store: DirectoryStore) throws -> [[Row]] {
        try store.read { db in
            [
                try Row.fetchAll(
                    db, sql: "SELECT rowid, name, aliases, description, themes FROM entity_text ORDER BY rowid"),
                try Row.fetchAll(db, sql: "SELECT rowid, names FROM entity_names ORDER BY rowid"),
                try Row.fetchAll(db, sql: "SELECT term FROM search_terms ORDER BY term"),
            ]
        }
    }

    private func ranks(_ store: DirectoryStore, _ text: String) throws -> [String: Int] {
        Dictionary(
            uniqueKeysWithValues: try store.search(SearchQuery(text: text, limit: 100)).map {
                ($0.entity.name, $0.rank ?? -1)
            })
    }

    @Test func theRowsARunMakesAreTheRowsARebuildMakes() throws {
        let fixture = try TemporaryStore()
        let store = fixture.store
        _ = try store.run("news") { run in
            let theme = try run.theme("Migration")
            for number in 0..<150 {
                let prepared = PreparedFacts(facts(number), kind: number % 3 == 0 ? nil : .article)
                let id = try run.assert(.article, key: key(number), prepared: prepared)
                if number == 41 { try run.link(id, .worksOn, theme) }
            }
            try run.assert(.article, key: key(5), facts: EntityFacts(name: "Post 5", description: "Später geändert"))
            try run.assert(.article, key: key(8), prepared: PreparedFacts(facts(8), kind: .article))
        }
        let made = try rows(store)
        #expect(made[0].count == 151)
        try store.write { db in try Refresher(db: db).index("SELECT id FROM entities") }
        #expect(try rows(store) == made)

        #expect(try store.search(SearchQuery(text: "muenchen", limit: 100)).count == 22)
        #expect(try ranks(store, "geandert") == ["Post 5": 1])
        let described = try store.search(SearchQuery(text: "grenzen", limit: 100))
        #expect(described.count == 75 && described.allSatisfy { $0.rank == 1 })
        #expect(try ranks(store, "migration") == ["Migration": 0, "Post 41": 1])
    }
}
