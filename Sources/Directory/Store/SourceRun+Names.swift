import GRDB

extension SourceRun {
    /// Every normalised name and alias of the entities of `kinds` as the run starts, with the entity it names:
    /// what the text of a feed's items is searched for.
    public func forEachName(of kinds: [EntityKind], _ body: (String, Int64) throws -> Void) throws {
        // The kinds are the enumeration's own words, safe to write into the statement.
        let list = kinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT normalized, id FROM entities WHERE kind IN (\(list))
                UNION ALL
                SELECT a.normalized, a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
                WHERE e.kind IN (\(list))
                """
        )
        while let row = try rows.next() { try body(row[0], row[1]) }
    }
}
