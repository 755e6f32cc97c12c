import GRDB

extension SourceRun {
    /// Retracts what the source no longer says (snapshot mode), rebuilds what changed, and records the run.
    func finish() throws -> RunCounts {
        try newRows.write(db)
        try writeMentions()
        if mode == .snapshot { try retractUnseen() }
        let refresher = Refresher(db: db)
        let derived = try Int64.fetchAll(
            db, sql: "SELECT id FROM run_entities WHERE rebuild = ?", arguments: [Rebuild.derive.rawValue]
        )
        for id in derived { try refresher.derive(id) }
        // Entities the run created have no index rows yet: only those it marked can have some to clear.
        let marked = "SELECT id FROM temp.run_entities WHERE rebuild > 0"
        try refresher.index(marked, indexed: marked, newerThan: lastExistingID)
        try db.execute(sql: "DROP TABLE temp.run_entities")
        try SourceTotals.refresh(db, "?", arguments: [sourceID])
        try db.execute(
            sql: """
                UPDATE runs SET added = ?, updated = ?, unchanged = ?, retracted = ?, removed = ?, edges_added = ?,
                    edges_retracted = ?
                WHERE id = ?
                """,
            arguments: [
                counts.added, counts.updated, counts.unchanged, counts.retracted, counts.removed, counts.edgesAdded,
                counts.edgesRetracted, runID,
            ]
        )
        return counts
    }

    private func retractUnseen() throws {
        let staleEdges = try Row.fetchAll(
            db,
            sql: "DELETE FROM edges WHERE source_id = ? AND last_run <> ? RETURNING src, relation, dst",
            arguments: [sourceID, runID]
        )
        for row in staleEdges {
            let stillAsserted = try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS(SELECT 1 FROM edges WHERE src = ? AND relation = ? AND dst = ?)",
                arguments: [row["src"], row["relation"], row["dst"]]
            )!
            if stillAsserted { continue }
            counts.edgesRetracted += 1
            if row["relation"] == Relation.worksOn.rawValue { try mark(row["src"], .index) }
        }
        let staleEntities = try Row.fetchAll(
            db,
            sql: "SELECT id, entity_id, mention FROM claims WHERE source_id = ? AND last_run <> ?",
            arguments: [sourceID, runID]
        )
        for row in staleEntities {
            try db.execute(sql: "DELETE FROM claims WHERE id = ?", arguments: [row["id"] as Int64])
            if !(row["mention"] as Bool) { counts.retracted += 1 }
            let entityID: Int64 = row["entity_id"]
            if try Bool.fetchOne(
                db, sql: "SELECT EXISTS(SELECT 1 FROM claims WHERE entity_id = ?)", arguments: [entityID])!
            {
                try mark(entityID, .derive)
            } else {
                try remove(entityID)
            }
        }
    }

    /// Removes an entity no source asserts any more; marking it makes the index rebuild drop its rows.
    private func remove(_ id: Int64) throws {
        let themed = try Int64.fetchAll(
            db, sql: "SELECT src FROM edges WHERE dst = ? AND relation = 'works_on'", arguments: [id]
        )
        try db.execute(sql: "DELETE FROM entities WHERE id = ?", arguments: [id])
        try mark(id, .index)
        for src in themed { try mark(src, .index) }
        counts.removed += 1
    }
}
