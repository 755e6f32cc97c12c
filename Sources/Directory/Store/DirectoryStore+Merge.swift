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

    /// Re-points `absorbed`'s edges at `survivor`, folding them into edges the survivor already has.
    ///
    /// - Returns: entities whose indexed themes may have changed.
    private func moveEdges(_ db: Database, from absorbed: Int64, to survivor: Int64) throws -> Set<Int64> {
        var touched: Set<Int64> = []
        let edges = try Row.fetchAll(
            db, sql: "SELECT id, src, relation, dst FROM edges WHERE src = ?1 OR dst = ?1", arguments: [absorbed]
        )
        for edge in edges {
            let edgeID: Int64 = edge["id"]
            guard let relation = Relation(rawValue: edge["relation"]) else { continue }
            var src: Int64 = edge["src"] == absorbed ? survivor : edge["src"]
            var dst: Int64 = edge["dst"] == absorbed ? survivor : edge["dst"]
            if relation.isSymmetric && src > dst { swap(&src, &dst) }
            touched.insert(src)
            if src == dst {
                try db.execute(sql: "DELETE FROM edges WHERE id = ?", arguments: [edgeID])
                continue
            }
            let existing = try Int64.fetchOne(
                db, sql: "SELECT id FROM edges WHERE src = ? AND relation = ? AND dst = ?",
                arguments: [src, relation.rawValue, dst]
            )
            guard let existing else {
                try db.execute(sql: "UPDATE edges SET src = ?, dst = ? WHERE id = ?", arguments: [src, dst, edgeID])
                continue
            }
            try db.execute(
                sql: """
                    UPDATE edge_claims SET edge_id = ?1 WHERE edge_id = ?2
                    AND source_id NOT IN (SELECT source_id FROM edge_claims WHERE edge_id = ?1)
                    """,
                arguments: [existing, edgeID]
            )
            try db.execute(sql: "DELETE FROM edges WHERE id = ?", arguments: [edgeID])
        }
        return touched
    }
}
