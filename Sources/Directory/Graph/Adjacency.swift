import GRDB

/// The neighbours of entities, read on demand and remembered for one query.
final class Adjacency {
    /// One entity next to another, and whether the edge points away from the first.
    struct Link: Hashable {
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
        sql = """
            SELECT x.relation, x.dst AS other, 1 AS outgoing FROM edges x JOIN entities o ON o.id = x.dst
            WHERE x.src = ?3 AND \(condition)
            UNION
            SELECT x.relation, x.src, 0 FROM edges x JOIN entities o ON o.id = x.src
            WHERE x.dst = ?3 AND \(condition)
            LIMIT ?4
            """
    }

    /// The entity's links, nil when it has more than the filter's `maxDegree` and is not an end.
    func links(_ id: Int64) throws -> [Link]? {
        if let known = cache[id] { return known }
        let isEnd = id == ends.0 || id == ends.1
        let limit = isEnd ? -1 : filter.maxDegree + 1
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: sql), arguments: [ends.0, ends.1, id, limit])
        var links: [Link]? = rows.compactMap { row in
            Relation(rawValue: row["relation"]).map {
                Link(other: row["other"], relation: $0, outgoing: row["outgoing"])
            }
        }
        if !isEnd, let found = links, found.count > filter.maxDegree { links = nil }
        cache[id] = links
        return links
    }

    /// Whether a path may pass through the entity.
    func isPassable(_ id: Int64) throws -> Bool {
        try links(id) != nil
    }
}
