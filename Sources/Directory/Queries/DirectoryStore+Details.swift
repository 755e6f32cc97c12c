import GRDB

extension DirectoryStore {
    /// The entity with its aliases, neighbours and sources.
    public func details(of entity: Entity) throws -> EntityDetails {
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
                neighbors: try neighbors(db, of: entity.id),
                sources: try sources(db, of: entity.id),
                place: try entity.geonames.flatMap(gazetteer.place),
                placeNames: try entity.geonames.map(gazetteer.names) ?? []
            )
        }
    }

    private func neighbors(_ db: Database, of id: Int64) throws -> [EntityDetails.Neighbor] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT x.relation, x.outgoing, \(Entity.columns), group_concat(s.name, char(31)) AS sources
                FROM (
                    SELECT relation, 1 AS outgoing, dst AS other, source_id FROM edges WHERE src = ?1
                    UNION ALL
                    SELECT relation, 0, src, source_id FROM edges WHERE dst = ?1
                ) x
                JOIN entities e ON e.id = x.other
                JOIN sources s ON s.id = x.source_id
                GROUP BY x.relation, x.outgoing, x.other
                ORDER BY x.relation, x.outgoing DESC, e.name
                """,
            arguments: [id]
        )
        return rows.compactMap { row in
            guard let relation = Relation(rawValue: row["relation"]) else { return nil }
            let outgoing: Bool = row["outgoing"]
            let sources = (row["sources"] as String? ?? "").split(separator: "\u{1F}").map(String.init).sorted()
            return EntityDetails.Neighbor(
                relation: relation,
                outgoing: outgoing,
                label: outgoing || relation.isSymmetric ? relation.label : relation.inverseLabel,
                entity: Entity(row: row, offset: 2),
                sources: sources
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
