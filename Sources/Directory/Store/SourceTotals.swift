import GRDB

/// How many entities (its own records, not namings in passing) and edges each source holds, kept in
/// `sources` by every write that changes them (a run of that source, a merge): counting them when asked took
/// seconds for a source of a million rows, on every `sources` and `/v1/sources`.
enum SourceTotals {
    /// Recounts the sources `selection` (an SQL query of source ids) names.
    static func refresh(_ db: Database, _ selection: String, arguments: StatementArguments = []) throws {
        try db.execute(
            sql: """
                UPDATE sources SET
                    entities = (SELECT count(*) FROM claims WHERE source_id = sources.id AND mention = 0),
                    edges = (SELECT count(*) FROM edges WHERE source_id = sources.id)
                WHERE id IN (\(selection))
                """,
            arguments: arguments)
    }

    /// The rows of each source an audience may not see, for it to take from the totals: the claims of the
    /// entities it may not see, and the edges touching one. Read from the few such entities (a partial index
    /// holds only those that are not public), not from the rows.
    static func hidden(_ db: Database, visible levels: [Visibility]) throws -> [Int64: (entities: Int, edges: Int)] {
        let shown = levels.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let restricted = "SELECT id FROM main.entities WHERE visibility <> 'public' AND visibility NOT IN (\(shown))"
        var hidden: [Int64: (entities: Int, edges: Int)] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT source_id, count(*) FROM main.claims
                WHERE entity_id IN (\(restricted)) AND mention = 0 GROUP BY source_id
                """)
        {
            hidden[row[0], default: (0, 0)].entities = row[1]
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT source_id, count(*) FROM (
                    SELECT source_id, src, relation, dst FROM main.edges WHERE src IN (\(restricted))
                    UNION SELECT source_id, src, relation, dst FROM main.edges WHERE dst IN (\(restricted))
                ) GROUP BY source_id
                """)
        {
            hidden[row[0], default: (0, 0)].edges = row[1]
        }
        return hidden
    }
}
