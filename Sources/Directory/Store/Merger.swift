import GRDB

/// Moves one entity into another inside a transaction: claims, edges and names move over, and the absorbed
/// entity's keys keep resolving to the survivor.
struct Merger {
    let db: Database

    /// - Returns: the entities to derive and index anew (the survivor, the absorbed one, and those whose
    ///   indexed themes may have changed).
    func merge(_ absorbed: Int64, key: String, into survivor: Int64) throws -> Set<Int64> {
        try moveClaims(from: absorbed, to: survivor)
        let touched = try moveEdges(from: absorbed, to: survivor)
        try db.execute(
            sql: "UPDATE entity_keys SET entity_id = ? WHERE entity_id = ?", arguments: [survivor, absorbed]
        )
        try db.execute(sql: "DELETE FROM entities WHERE id = ?", arguments: [absorbed])
        try db.execute(
            sql: "INSERT OR REPLACE INTO entity_keys (key, entity_id) VALUES (?, ?)", arguments: [key, survivor]
        )
        return touched.union([survivor, absorbed])
    }

    private func moveClaims(from absorbed: Int64, to survivor: Int64) throws {
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, source_id, facts FROM claims WHERE entity_id = ?", arguments: [absorbed]
        )
        for row in rows {
            let claimID: Int64 = row["id"]
            let kept = try Row.fetchOne(
                db, sql: "SELECT id, facts FROM claims WHERE entity_id = ? AND source_id = ?",
                arguments: [survivor, row["source_id"] as Int64]
            )
            if let kept {
                let combined = try EntityFacts(canonicalJSON: kept["facts"])
                    .filled(from: EntityFacts(canonicalJSON: row["facts"]))
                try db.execute(
                    sql: "UPDATE claims SET facts = ? WHERE id = ?",
                    arguments: [combined.canonicalJSON(), kept["id"] as Int64]
                )
                try db.execute(sql: "DELETE FROM claims WHERE id = ?", arguments: [claimID])
            } else {
                try db.execute(
                    sql: "UPDATE claims SET entity_id = ?, merged = 1 WHERE id = ?", arguments: [survivor, claimID]
                )
            }
        }
    }

    /// Re-points `absorbed`'s edges at `survivor`; an assertion the survivor already has from the same source
    /// keeps its older first run, and an edge between the two disappears.
    ///
    /// - Returns: entities whose indexed themes may have changed.
    private func moveEdges(from absorbed: Int64, to survivor: Int64) throws -> Set<Int64> {
        let rows = try Row.fetchAll(
            db,
            sql:
                "DELETE FROM edges WHERE src = ?1 OR dst = ?1 RETURNING src, relation, dst, source_id, first_run, last_run",
            arguments: [absorbed]
        )
        var touched: Set<Int64> = []
        for row in rows {
            guard let relation = Relation(rawValue: row["relation"]) else { continue }
            var src: Int64 = row["src"] == absorbed ? survivor : row["src"]
            var dst: Int64 = row["dst"] == absorbed ? survivor : row["dst"]
            if relation.isSymmetric && src > dst { swap(&src, &dst) }
            touched.insert(src)
            guard src != dst else { continue }
            try db.execute(
                sql: """
                    INSERT INTO edges (src, relation, dst, source_id, first_run, last_run) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT DO UPDATE SET first_run = min(first_run, excluded.first_run),
                        last_run = max(last_run, excluded.last_run)
                    """,
                arguments: [src, relation.rawValue, dst, row["source_id"], row["first_run"], row["last_run"]]
            )
        }
        return touched
    }
}
