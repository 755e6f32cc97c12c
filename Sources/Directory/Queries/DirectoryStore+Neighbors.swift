import GRDB

extension DirectoryStore {
    /// The entity's neighbours after `position`, at most `limit` of them (all when nil). A city can have tens
    /// of thousands, so whoever answers strangers asks for a page at a time.
    public func neighbors(of id: Int64, limit: Int? = nil, after position: NeighborPosition? = nil) throws
        -> [EntityDetails.Neighbor]
    {
        try read { db in try neighbors(db, of: id, limit: limit, after: position) }
    }

    func neighbors(_ db: Database, of id: Int64, limit: Int?, after position: NeighborPosition?) throws
        -> [EntityDetails.Neighbor]
    {
        var arguments: StatementArguments = [id]
        var after = ""
        if let position {
            // Outgoing edges come first, so they sort as 0 in the row value.
            after = "WHERE (1 - x.outgoing, x.relation, e.name, e.id) > (?, ?, ?, ?)"
            arguments += [position.outgoing ? 0 : 1, position.relation, position.name, position.id]
        }
        if let limit { arguments += [limit] }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT x.relation, x.outgoing, \(Entity.columns), group_concat(s.name, char(31)) AS sources
                FROM (\(Self.edgesOfOne)) x
                JOIN entities e ON e.id = x.other
                JOIN sources s ON s.id = x.source_id
                \(after)
                GROUP BY x.outgoing, x.relation, x.other
                ORDER BY x.outgoing DESC, x.relation, e.name, e.id
                \(limit == nil ? "" : "LIMIT ?")
                """,
            arguments: arguments
        )
        return rows.compactMap { row in
            guard let relation = Relation(rawValue: row["relation"]) else { return nil }
            let outgoing: Bool = row["outgoing"]
            let sources = (row["sources"] as String? ?? "").split(separator: "\u{1F}").map(String.init).sorted()
            return EntityDetails.Neighbor(
                relation: relation,
                outgoing: outgoing,
                label: relation.label(outgoing: outgoing),
                entity: Entity(row: row, offset: 2),
                sources: sources
            )
        }
    }

    /// How many neighbours the entity has by relation and direction, in the order of the neighbours.
    func neighborCounts(_ db: Database, of id: Int64) throws -> [EntityDetails.NeighborCount] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT x.relation, x.outgoing, count(DISTINCT x.other) AS count
                FROM (\(Self.edgesOfOne)) x
                JOIN entities e ON e.id = x.other
                JOIN sources s ON s.id = x.source_id
                GROUP BY x.outgoing, x.relation
                ORDER BY x.outgoing DESC, x.relation
                """,
            arguments: [id]
        ).compactMap { row in
            guard let relation = Relation(rawValue: row["relation"]) else { return nil }
            let outgoing: Bool = row["outgoing"]
            return EntityDetails.NeighborCount(
                relation: relation, outgoing: outgoing, label: relation.label(outgoing: outgoing),
                count: row["count"])
        }
    }

    /// Every edge touching the entity `?1`, seen from it.
    private static let edgesOfOne = """
        SELECT relation, 1 AS outgoing, dst AS other, source_id FROM edges WHERE src = ?1
        UNION ALL
        SELECT relation, 0, src, source_id FROM edges WHERE dst = ?1
        """
}
