import GRDB

extension DirectoryStore {
    /// Every source, by name, with its totals (``SourceTotals``), less what the audience may not see. A served
    /// audience does not get `last`: a run's counts include what it may not see, and the difference would
    /// tell how many hidden entities there are.
    public func sources() throws -> [SourceSummary] {
        let served = audience != .local
        return try read { db in
            let hidden = try audience.visible.map { try SourceTotals.hidden(db, visible: $0) } ?? [:]
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT s.*, r.started_at, r.added, r.updated, r.unchanged, r.retracted, r.removed, r.edges_added,
                        r.edges_retracted,
                        (SELECT count(*) FROM runs WHERE source_id = s.id) AS runs
                    FROM sources s
                    LEFT JOIN runs r ON r.id = (SELECT max(id) FROM runs WHERE source_id = s.id)
                    ORDER BY s.name
                    """
            ).map { row in
                var last: RunCounts?
                if !served, row["started_at"] as String? != nil {
                    var counts = RunCounts()
                    counts.added = row["added"]
                    counts.updated = row["updated"]
                    counts.unchanged = row["unchanged"]
                    counts.retracted = row["retracted"]
                    counts.removed = row["removed"]
                    counts.edgesAdded = row["edges_added"]
                    counts.edgesRetracted = row["edges_retracted"]
                    last = counts
                }
                return SourceSummary(
                    name: row["name"],
                    location: row["location"],
                    format: row["format"],
                    mode: ImportMode(rawValue: row["mode"]) ?? .snapshot,
                    items: (row["items"] as String?).flatMap(EntityKind.init(rawValue:)),
                    runs: row["runs"],
                    lastRun: row["started_at"],
                    entities: row["entities"] - (hidden[row["id"]]?.entities ?? 0),
                    edges: row["edges"] - (hidden[row["id"]]?.edges ?? 0),
                    last: last,
                    lastError: served ? nil : row["last_error"]
                )
            }
        }
    }
}
