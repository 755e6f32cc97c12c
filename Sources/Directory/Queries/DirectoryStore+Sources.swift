import GRDB

extension DirectoryStore {
    /// Every source, by name. A served audience does not get `last`: a run's counts include what it may not
    /// see, and the difference would tell how many hidden entities there are.
    public func sources() throws -> [SourceSummary] {
        let served = audience != .local
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.*, r.started_at, r.added, r.updated, r.unchanged, r.retracted, r.removed, r.edges_added,
                        r.edges_retracted,
                        (SELECT count(*) FROM runs WHERE source_id = s.id) AS runs,
                        (SELECT count(*) FROM claims WHERE source_id = s.id AND mention = 0)
                            AS entities,
                        (SELECT count(*) FROM edges WHERE source_id = s.id) AS edges
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
                    runs: row["runs"],
                    lastRun: row["started_at"],
                    entities: row["entities"],
                    edges: row["edges"],
                    last: last
                )
            }
        }
    }
}
