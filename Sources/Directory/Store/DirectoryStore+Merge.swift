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
            let touched = try Merger(db: db).merge(absorbed.id, key: absorbed.key, into: survivor.id)
            try Refresher(db: db).refresh(touched.sorted())
            // Claims and edges that both entities had from one source became one.
            try SourceTotals.refresh(
                db,
                "SELECT source_id FROM claims WHERE entity_id = ?1 UNION SELECT source_id FROM edges WHERE src = ?1 "
                    + "UNION SELECT source_id FROM edges WHERE dst = ?1",
                arguments: [survivor.id])
        }
        return try entity(id: survivor.id) ?? survivor
    }
}
