import GRDB
import SanctuaryTestSupport
import Testing

@testable import Directory

/// A new article's rows are the same whether they waited to be written with others, their values bound one by
/// one (`NewEntityRows`), or were written when created (an article named in passing): every column of the
/// entity and its claim's facts.
@Suite struct HeldArticleRowsTests {
    private static let columns = """
        kind, name, normalized, description, country, region, lat, lon, website, status, starts, ends,
        visibility, sensitive, extra, geonames
        """

    @Test(arguments: [
        EntityFacts(
            name: "Zürich: Nächste Demo", description: "Über Grenzen", country: "CH", region: "ZH", lat: 47.37,
            lon: 8.54, website: "https://news.example.org/1", status: "published", starts: "2026-12-01",
            ends: "2026-12-02", visibility: .partners, sensitive: true, extra: ["authors": "Ana; Bo"]),
        EntityFacts(name: "Post", description: ""),
        EntityFacts(name: "Notes"),
    ])
    func heldAndCreatedRowsAreAlike(_ facts: EntityFacts) throws {
        let fixture = try TemporaryStore()
        let held = EntityKey.item(id: "held", scope: "news")
        let created = EntityKey.item(id: "created", scope: "news")
        _ = try fixture.store.run("news") { run in
            try run.assert(.article, key: held, facts: facts)
            try run.mention(.article, key: created, facts: facts)
        }
        let (rows, claims) = try fixture.store.read { db in
            (
                try Row.fetchAll(
                    db, sql: "SELECT \(Self.columns) FROM entities WHERE key IN (?, ?) ORDER BY key",
                    arguments: [created, held]),
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT c.facts FROM claims c JOIN entities e ON e.id = c.entity_id
                        WHERE e.key IN (?, ?) ORDER BY e.key
                        """,
                    arguments: [created, held])
            )
        }
        #expect(rows.count == 2)
        #expect(rows.first == rows.last)
        #expect(rows.first?["name"] == facts.name)
        #expect(claims.count == 2 && claims.first == claims.last)
    }

    /// The lookup of an article's key finds an entity under its own key and under a key a merge left behind.
    @Test func aMergedArticleIsFoundByTheKeyItWasMergedFrom() throws {
        let fixture = try TemporaryStore()
        let store = fixture.store
        let first = EntityKey.item(id: "first", scope: "news")
        let second = EntityKey.item(id: "second", scope: "news")
        _ = try store.run("news") { run in
            try run.assert(.article, key: first, facts: EntityFacts(name: "First post"))
            try run.assert(.article, key: second, facts: EntityFacts(name: "Second post"))
        }
        let survivor = try store.merge(store.entity(reference: first), into: store.entity(reference: second))
        let again = try store.run("news") { run in
            let merged = try run.assert(.article, key: first, facts: EntityFacts(name: "First post"))
            let own = try run.assert(.article, key: second, facts: EntityFacts(name: "Second post"))
            #expect(merged == survivor.id && own == survivor.id)
        }
        #expect(again.added == 0)
        let articles = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM entities WHERE kind = 'article'")
        }
        #expect(articles == 1)
    }
}
