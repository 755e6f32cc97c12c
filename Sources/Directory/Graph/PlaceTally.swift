import GRDB

/// How many distinct themes, and how many entities working on them, each city has: counted in one pass over
/// the edges in key order, where each entity's `based_in`, `active_in`, `held_in` and `works_on` edges come
/// together. Joining located edges to themed ones in SQL and grouping them (what `--places` asks of the whole
/// graph) sorts millions of rows; the pass reads each edge once and keeps one set of themes per city.
struct PlaceTally {
    let db: Database

    struct Count {
        var themes: Set<Int64> = []
        var entities = 0
    }

    func counts() throws -> [Int64: Count] {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT src, relation = 'works_on', dst FROM edges
                WHERE relation = 'based_in' OR relation = 'active_in' OR relation = 'held_in' OR relation = 'works_on'
                ORDER BY src
                """
        )
        var counts: [Int64: Count] = [:]
        var entity: Int64 = -1
        var cities: Set<Int64> = [], themes: Set<Int64> = []
        func settle() {
            guard !themes.isEmpty else { return }
            for city in cities {
                counts[city, default: Count()].entities += 1
                counts[city, default: Count()].themes.formUnion(themes)
            }
        }
        while let row = try rows.next() {
            let src: Int64 = row[0]
            if src != entity {
                settle()
                entity = src
                cities.removeAll(keepingCapacity: true)
                themes.removeAll(keepingCapacity: true)
            }
            if row[1] as Bool { themes.insert(row[2]) } else { cities.insert(row[2]) }
        }
        settle()
        // Events and organizations are located in cities only; an edge to anything else is not a place.
        let places = Set(try Int64.fetchAll(db, sql: "SELECT id FROM entities WHERE kind = 'city'"))
        return counts.filter { places.contains($0.key) }
    }
}
