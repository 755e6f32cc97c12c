import GRDB

extension DirectoryStore {
    /// The entity with this id, or nil.
    public func entity(id: Int64) throws -> Entity? {
        try read { db in
            try Entity.fetchAll(db, sql: "SELECT \(Entity.columns) FROM entities e WHERE e.id = ?", arguments: [id])
                .first
        }
    }

    /// The entity a person means by `reference`: an id, a key (also one a merge left behind), or a name or
    /// alias in any spelling; a city also by any name the gazetteer knows it by.
    ///
    /// - Throws: ``DirectoryError/notFound(_:)``, or ``DirectoryError/ambiguous(_:candidates:)`` when a name
    ///   fits several entities.
    public func entity(reference: String) throws -> Entity {
        let matches = try read { db in try Self.matches(db, reference: reference) }
        switch matches.count {
        case 0: throw DirectoryError.notFound(reference)
        case 1: return matches[0]
        default: throw DirectoryError.ambiguous(reference, candidates: matches)
        }
    }

    private static func matches(_ db: Database, reference: String) throws -> [Entity] {
        let select = "SELECT \(Entity.columns) FROM entities e"
        if let id = Int64(reference) {
            let found = try Entity.fetchAll(db, sql: "\(select) WHERE e.id = ?", arguments: [id])
            if !found.isEmpty { return found }
        }
        let byKey = try Entity.fetchAll(
            db,
            sql: "\(select) WHERE e.key = ?1 OR e.id = (SELECT entity_id FROM entity_keys WHERE key = ?1)",
            arguments: [reference]
        )
        if !byKey.isEmpty { return byKey }
        let normalized = Normalizer.normalize(reference)
        // Every kind spelled out, so that the (kind, normalized) index serves a lookup by name alone.
        let kinds = EntityKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return try Entity.fetchAll(
            db,
            sql: """
                \(select) WHERE e.id IN (
                    SELECT id FROM entities WHERE kind IN (\(kinds)) AND normalized = ?1
                    UNION SELECT entity_id FROM aliases WHERE normalized = ?1
                    UNION SELECT c.id FROM place_names n JOIN entities c ON c.geonames = n.geonameid
                    WHERE n.normalized = ?1
                )
                ORDER BY e.kind, e.name, e.id
                """,
            arguments: [normalized]
        )
    }
}
