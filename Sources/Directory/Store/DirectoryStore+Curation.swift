import GRDB

extension DirectoryStore {
    /// A curator's decision on who may see the entity outside this machine. It wins over what the sources
    /// say, and outlives their re-imports.
    ///
    /// - Returns: the entity as it now is.
    @discardableResult
    public func setVisibility(of entity: Entity, to level: Visibility) throws -> Entity {
        try curate(entity, column: "visibility", value: level.rawValue)
    }

    /// A curator's decision on whether the entity is sensitive (a shelter, a safe house: served with its city
    /// only). It wins over what the sources say, and outlives their re-imports.
    ///
    /// - Returns: the entity as it now is.
    @discardableResult
    public func setSensitive(_ entity: Entity, _ sensitive: Bool) throws -> Entity {
        try curate(entity, column: "sensitive", value: sensitive)
    }

    private func curate(_ entity: Entity, column: String, value: some DatabaseValueConvertible) throws -> Entity {
        try write { db in
            try db.execute(
                sql: "UPDATE entities SET \(column) = ?1, curated_\(column) = ?1 WHERE id = ?2",
                arguments: [value, entity.id])
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT \(Entity.columns) FROM entities e WHERE e.id = ?", arguments: [entity.id])
            else { throw DirectoryError.notFound(String(entity.id)) }
            return Entity(row: row)
        }
    }
}
