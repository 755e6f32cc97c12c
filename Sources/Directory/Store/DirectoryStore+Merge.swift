import GRDB

extension DirectoryStore {
    /// Merges `absorbed` into `survivor`, as a curator does when two entries are one thing that keys could
    /// not join. Claims, edges and names move over; `absorbed`'s key keeps resolving to `survivor`, so later
    /// imports of its sources land on the survivor too.
    ///
    /// - Returns: the survivor as it is after the merge.
    /// - Throws: ``DirectoryError/cannotMerge(_:)`` for an entity with itself or entities of different kinds.
    @discardableResult
    public func merge(_ absorbed: Entity, into survivor: Entity) throws -> Entity {
        guard absorbed.id != survivor.id else {
            throw DirectoryError.cannotMerge("'\(survivor.name)' is one entity already")
        }
        guard absorbed.kind == survivor.kind else {
            throw DirectoryError.cannotMerge(
                "'\(absorbed.name)' is a \(absorbed.kind.rawValue) and '\(survivor.name)' a \(survivor.kind.rawValue)"
            )
        }
        try write { db in
            try moveClaims(db, from: absorbed.id, to: survivor.id)
            let touched = try moveEdges(db, from: absorbed.id, to: survivor.id)
            try db.execute(
                sql: "UPDATE entity_keys SET entity_id = ? WHERE entity_id = ?", arguments: [survivor.id, absorbed.id]
            )
            try db.execute(sql: "DELETE FROM entities WHERE id = ?", arguments: [absorbed.id])
            try db.execute(
                sql: "INSERT OR REPLACE INTO entity_keys (key, entity_id) VALUES (?, ?)",
                arguments: [absorbed.key, survivor.id]
            )
            try Refresher(db: db).refresh(touched.union([survivor.id, absorbed.id]).sorted())
        }
        return try entity(id: survivor.id) ?? survivor
    }

    private func moveClaims(_ db: Database, from absorbed: Int64, to survivor: Int64) throws {
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
    private func moveEdges(_ db: Database, from absorbed: Int64, to survivor: Int64) throws -> Set<Int64> {
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
