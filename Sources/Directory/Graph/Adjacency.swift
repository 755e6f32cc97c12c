import GRDB

/// The neighbours of entities, read on demand and remembered for one query.
final class Adjacency {
    /// One entity next to another, and whether the edge points away from the first.
    struct Link: Equatable {
        var other: Int64
        var relation: Relation
        var outgoing: Bool
    }

    private let db: Database
    private let filter: GraphFilter
    private let ends: (Int64, Int64)
    private let sql: String
    /// nil for a hub, which is not passed through.
    private var cache: [Int64: [Link]?] = [:]

    init(db: Database, filter: GraphFilter, ends: (Int64, Int64)) {
        self.db = db
        self.filter = filter
        self.ends = ends
        let condition = filter.condition()
        // The entity at the other end is read only when the filter asks about it: a join per edge made the
        // search read rows all over the entities table.
        let needsEntity = filter.entityCondition != nil
        let outgoing = needsEntity ? "JOIN entities o ON o.id = x.dst" : ""
        let incoming = needsEntity ? "JOIN entities o ON o.id = x.src" : ""
        // One statement per entity: its degree first (a row of NULLs for a hub, which ends the reading), then
        // its edges. Asking for the degree apart cost as much again per entity. UNION ALL, and the duplicates
        // (one row per source of an edge) dropped here: SQLite's UNION builds a temporary B-tree per call,
        // which doubled the cost of a search.
        sql = """
            SELECT NULL, NULL, NULL WHERE ?4 AND (SELECT links FROM entity_degrees WHERE entity_id = ?3) > ?5
            UNION ALL
            SELECT x.relation, x.dst AS other, 1 AS outgoing FROM edges x \(outgoing)
            WHERE x.src = ?3 AND \(condition)
            UNION ALL
            SELECT x.relation, x.src, 0 FROM edges x \(incoming)
            WHERE x.dst = ?3 AND \(condition)
            """
    }

    /// The entity's links, nil when it has more than the filter's `maxDegree` (all its links, whatever the
    /// filter: a hub is a hub on any route) and is not an end.
    func links(_ id: Int64) throws -> [Link]? {
        if let known = cache[id] { return known }
        let mayBeHub = id != ends.0 && id != ends.1
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: sql), arguments: [ends.0, ends.1, id, mayBeHub, filter.maxDegree])
        var found: [Link] = []
        while let row = try rows.next() {
            guard let name: String = row[0] else {
                cache[id] = .some(nil)
                return nil
            }
            guard let relation = Relation(rawValue: name) else { continue }
            let link = Link(other: row[1], relation: relation, outgoing: row[2])
            // The rows of one edge's sources come one after the other in either index; one missed would
            // only cost a second look at the same neighbour.
            if link != found.last { found.append(link) }
        }
        cache[id] = found
        return found
    }

    /// Whether a path may pass through the entity.
    func isPassable(_ id: Int64) throws -> Bool {
        try links(id) != nil
    }
}
