import GRDB

extension DirectoryStore {
    /// The entity with its aliases, neighbours and sources: all its neighbours, or the first `neighborLimit`.
    public func details(of entity: Entity, neighborLimit: Int? = nil) throws -> EntityDetails {
        try read { db in
            let aliases = try String.fetchAll(
                db, sql: "SELECT name FROM aliases WHERE entity_id = ? ORDER BY name", arguments: [entity.id]
            )
            let otherKeys = try String.fetchAll(
                db, sql: "SELECT key FROM entity_keys WHERE entity_id = ? ORDER BY key", arguments: [entity.id]
            )
            let gazetteer = Gazetteer(db: db)
            return EntityDetails(
                entity: entity,
                aliases: aliases,
                otherKeys: otherKeys,
                neighbors: try neighbors(db, of: entity.id, limit: neighborLimit, after: nil),
                neighborCounts: try neighborCounts(db, of: entity.id),
                sources: try sources(db, of: entity.id),
                place: try entity.geonames.flatMap(gazetteer.place),
                placeNames: try entity.geonames.map(gazetteer.names) ?? []
            )
        }
    }

    private func sources(_ db: Database, of id: Int64) throws -> [EntityDetails.SourceClaim] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT s.name, c.mention, f.started_at AS first, l.started_at AS last FROM claims c
                JOIN sources s ON s.id = c.source_id
                JOIN runs f ON f.id = c.first_run JOIN runs l ON l.id = c.last_run
                WHERE c.entity_id = ? ORDER BY c.mention, f.started_at, s.name
                """,
            arguments: [id]
        ).map { row in
            EntityDetails.SourceClaim(
                name: row["name"], mention: row["mention"], firstSeen: row["first"], lastSeen: row["last"])
        }
    }
}
