import GRDB
import SanctuaryTestSupport
import Testing

@testable import Directory

/// The tables that triggers keep (`entity_degrees`, `theme_places`, `place_themes`) hold, after every kind of
/// change to the graph, what computing them afresh from the edges gives.
@Suite struct DerivedTablesTests {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }

    init() throws { fixture = try TemporaryStore() }

    private func network(withHousing: Bool, bInParis: Bool, aCountry: String = "DE") throws {
        _ = try store.run("network") { run in
            let berlin = try run.city("Berlin", "DE")
            let paris = try run.city("Paris", "FR")
            let a = try run.organization("A", website: "a.example.org", country: aCountry)
            let b = try run.organization("B", website: "b.example.org")
            let migration = try run.theme("migration")
            try run.link(a, .basedIn, berlin)
            try run.link(a, .activeIn, paris)
            try run.link(a, .worksOn, migration)
            if withHousing { try run.link(a, .worksOn, try run.theme("housing")) }
            if bInParis { try run.link(b, .basedIn, paris) }
            try run.link(b, .worksOn, migration)
            try run.link(b, .memberOf, a)
        }
    }

    @Test func theyFollowImportsRetractionsMergesAndCountryChanges() throws {
        try network(withHousing: true, bInParis: true)
        try expectConsistent(store)
        #expect(try themePlaces().contains("migration FR Paris B"))
        #expect(try themePlaces().contains("migration DE - A"))

        _ = try store.run("second") { run in
            let a = try run.organization("A", website: "a.example.org")
            try run.link(a, .worksOn, try run.theme("migration"))
            try run.link(a, .basedIn, try run.city("Berlin", "DE"))
            try run.link(a, .heldIn, try run.city("Berlin", "DE"))
        }
        try expectConsistent(store)

        try network(withHousing: false, bInParis: false)
        try expectConsistent(store)
        #expect(try !themePlaces().contains { $0.hasPrefix("housing") }, "a retracted theme leaves its places")
        #expect(try !themePlaces().contains("migration FR Paris B"), "a retracted place leaves its themes")

        _ = try store.run("c") { run in
            let c = try run.organization("C", website: "c.example.org", country: "FR")
            try run.link(c, .worksOn, try run.theme("climate"))
            try run.link(c, .basedIn, try run.city("Paris", "FR"))
        }
        _ = try store.merge(store.entity(reference: "C"), into: store.entity(reference: "B"))
        try expectConsistent(store)
        #expect(try themePlaces().contains("climate FR Paris B"))

        try network(withHousing: false, bInParis: false, aCountry: "FR")
        try expectConsistent(store)
        #expect(try themePlaces().contains("migration FR - A"), "A's own country moved")

        _ = try store.run("c") { _ in }
        _ = try store.run("second") { _ in }
        _ = try store.run("network") { _ in }
        try expectConsistent(store)
        #expect(try themePlaces().isEmpty)
    }

    @Test func edgesWrittenByAnotherToolAreCountedWhenTheStoreOpens() throws {
        try network(withHousing: true, bInParis: true)
        let shell = try DatabaseQueue(path: store.path)
        try shell.write { db in
            try db.execute(
                sql: """
                    DELETE FROM edges WHERE relation = 'works_on'
                        AND dst = (SELECT id FROM entities WHERE name = 'housing')
                    """)
        }
        let reopened = try DirectoryStore(path: store.path)
        try expectConsistent(reopened)
        #expect(try !themePlaces(reopened).contains { $0.hasPrefix("housing") })
    }

    /// `theme country city entity` for every row, with names.
    private func themePlaces(_ store: DirectoryStore? = nil) throws -> [String] {
        try (store ?? self.store).read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT t.name || ' ' || p.country || ' ' || coalesce(c.name, '-') || ' ' || e.name
                    FROM theme_places p JOIN entities t ON t.id = p.theme JOIN entities e ON e.id = p.entity
                    LEFT JOIN entities c ON c.id = p.city ORDER BY 1
                    """)
        }
    }
}

/// Compares the kept tables with the same facts computed from the edges.
func expectConsistent(_ store: DirectoryStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let locating = "(x.relation = 'based_in' OR x.relation = 'active_in' OR x.relation = 'held_in')"
    let pairs: [(table: String, kept: String, fresh: String)] = [
        (
            "entity_degrees", "SELECT entity_id, links FROM entity_degrees WHERE links <> 0 ORDER BY 1",
            """
            WITH l AS (SELECT DISTINCT src, relation, dst FROM edges)
            SELECT e, count(*) FROM (SELECT src AS e FROM l UNION ALL SELECT dst FROM l) GROUP BY e ORDER BY 1
            """
        ),
        (
            "theme_places",
            "SELECT theme, country, city, entity, kind, name, sources FROM theme_places ORDER BY 1, 2, 3, 4",
            """
            WITH w AS (SELECT src, dst, count(*) AS n FROM edges WHERE relation = 'works_on' GROUP BY src, dst)
            SELECT DISTINCT w.dst, coalesce(c.country, ''), c.id, w.src, e.kind, e.name, w.n FROM w
            JOIN entities e ON e.id = w.src
            JOIN edges x ON x.src = w.src AND \(locating) JOIN entities c ON c.id = x.dst AND c.kind = 'city'
            UNION
            SELECT w.dst, e.country, 0, w.src, e.kind, e.name, w.n FROM w JOIN entities e ON e.id = w.src
            WHERE e.country IS NOT NULL
            ORDER BY 1, 2, 3, 4
            """
        ),
        (
            "place_themes", "SELECT city, theme, entities FROM place_themes ORDER BY 1, 2",
            """
            SELECT x.dst, w.dst, count(DISTINCT w.src) FROM edges w
            JOIN edges x ON x.src = w.src AND \(locating) JOIN entities c ON c.id = x.dst AND c.kind = 'city'
            WHERE w.relation = 'works_on' GROUP BY x.dst, w.dst ORDER BY 1, 2
            """
        ),
    ]
    for pair in pairs {
        let (kept, fresh) = try store.read { db in
            let rows = { (sql: String) in
                try Row.fetchAll(db, sql: sql).map { row in Array(row.databaseValues.map(\.description)) }
            }
            return (try rows(pair.kept), try rows(pair.fresh))
        }
        #expect(kept == fresh, "\(pair.table)", sourceLocation: sourceLocation)
    }
}
