import GRDB

extension DirectoryStore {
    /// The entities within `query.kilometres` of a place, nearest first: those with a position of their own,
    /// and those based, active or held in a city that has one.
    ///
    /// Candidates come from the R*Tree (one rectangle, two across the antimeridian); the exact great-circle
    /// distance decides.
    ///
    /// - Throws: ``DirectoryError/unknownPlace(_:)`` when nothing is known by that name or it has no position;
    ///   ``DirectoryError/ambiguous(_:candidates:)`` when several cities of the directory have the name.
    public func near(_ query: NearQuery) throws -> NearResult {
        try read { db in
            let center = try Self.center(db, query.place)
            let nearest = try Self.nearest(db, center, kilometres: query.kilometres, kind: query.kind)
            // At one distance, what has a position of its own (the city) before what is placed by it.
            let results = nearest.values.sorted {
                ($0.kilometres, $0.via == nil ? 0 : 1, $0.entity.name, $0.entity.id)
                    < ($1.kilometres, $1.via == nil ? 0 : 1, $1.entity.name, $1.entity.id)
            }
            return NearResult(
                center: center, kilometres: query.kilometres, results: Array(results.prefix(max(0, query.limit))))
        }
    }

    /// Each entity within `kilometres` of `center`, at its distance (its own position's, or its nearest city's).
    static func nearest(
        _ db: Database, _ center: NearResult.Center, kilometres: Double, kind: EntityKind?
    ) throws -> [Int64: NearResult.Hit] {
        var nearest: [Int64: NearResult.Hit] = [:]
        for box in GeoDistance.boxes(aroundLat: center.lat, lon: center.lon, km: kilometres) {
            let rows = try Row.fetchAll(
                db.cachedStatement(sql: nearSQL),
                arguments: [box.minLat, box.maxLat, box.minLon, box.maxLon, kind?.rawValue]
            )
            for row in rows {
                let distance = GeoDistance.kilometres(center.lat, center.lon, row["at_lat"], row["at_lon"])
                let entity = Entity(row: row)
                guard distance <= kilometres, distance < nearest[entity.id]?.kilometres ?? .infinity else { continue }
                let via = (row["via_id"] as Int64?).map { NearResult.City(id: $0, name: row["via_name"]) }
                nearest[entity.id] = NearResult.Hit(entity: entity, kilometres: distance, via: via)
            }
        }
        return nearest
    }

    private static let nearSQL = """
        WITH inside(id) AS (
            SELECT id FROM entity_places WHERE min_lat <= ?2 AND max_lat >= ?1 AND min_lon <= ?4 AND max_lon >= ?3
        )
        SELECT \(Entity.columns), e.lat AS at_lat, e.lon AS at_lon, NULL AS via_id, NULL AS via_name
        FROM inside i JOIN entities e ON e.id = i.id
        WHERE ?5 IS NULL OR e.kind = ?5
        UNION ALL
        SELECT \(Entity.columns), c.lat, c.lon, c.id, c.name
        FROM inside i JOIN entities c ON c.id = i.id AND c.kind = 'city'
        JOIN edges x ON x.dst = c.id AND \(PlaceFilter.locates("x"))
        JOIN entities e ON e.id = x.src
        WHERE e.lat IS NULL AND (?5 IS NULL OR e.kind = ?5)
        """

    /// Where "near PLACE" measures from: coordinates as given; else the directory's city of that name; else
    /// the gazetteer's largest city of that name; else any entity of the directory with a position (its own,
    /// or its city's).
    static func center(_ db: Database, _ place: String) throws -> NearResult.Center {
        if let (lat, lon) = coordinates(place) {
            return NearResult.Center(name: place, lat: lat, lon: lon, foundIn: "coordinates", entityID: nil)
        }
        let normalized = Normalizer.normalize(place)
        let cities = try Entity.fetchAll(
            db,
            sql: "SELECT \(Entity.columns) FROM entities e WHERE e.id IN (\(PlaceFilter.citiesNamedSQL)) ORDER BY e.id",
            arguments: [normalized]
        )
        if cities.count > 1 { throw DirectoryError.ambiguous(place, candidates: cities) }
        if let city = cities.first, let center = try located(db, city) { return center }
        if let largest = try Gazetteer(db: db).places(named: normalized, country: nil).first {
            return NearResult.Center(
                name: largest.name, lat: largest.lat, lon: largest.lon, foundIn: "gazetteer", entityID: nil)
        }
        let entities = try Entity.fetchAll(
            db,
            sql: """
                SELECT \(Entity.columns) FROM entities e WHERE e.id IN (
                    SELECT id FROM entities WHERE key = ?1 UNION SELECT entity_id FROM entity_keys WHERE key = ?1
                    UNION SELECT id FROM entities WHERE normalized = ?2
                    UNION SELECT entity_id FROM aliases WHERE normalized = ?2
                ) ORDER BY e.id
                """,
            arguments: [place, normalized]
        )
        if entities.count > 1 { throw DirectoryError.ambiguous(place, candidates: entities) }
        if let entity = entities.first, let center = try located(db, entity) { return center }
        throw DirectoryError.unknownPlace(place)
    }

    /// The entity's position as a center: its own, else that of the first city it is based, active or held in.
    private static func located(_ db: Database, _ entity: Entity) throws -> NearResult.Center? {
        if let lat = entity.lat, let lon = entity.lon {
            return NearResult.Center(name: entity.name, lat: lat, lon: lon, foundIn: "directory", entityID: entity.id)
        }
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT c.lat, c.lon FROM edges x JOIN entities c ON c.id = x.dst
                WHERE x.src = ? AND \(PlaceFilter.locates("x"))
                    AND c.lat IS NOT NULL
                ORDER BY x.relation, c.id LIMIT 1
                """,
            arguments: [entity.id]
        )
        return row.map {
            NearResult.Center(
                name: entity.name, lat: $0["lat"], lon: $0["lon"], foundIn: "directory", entityID: entity.id)
        }
    }

    /// `lat,lon` in decimal degrees.
    static func coordinates(_ text: String) -> (Double, Double)? {
        let parts = text.split(separator: ",").map { Normalizer.trim(String($0)) }
        guard parts.count == 2, let lat = Double(parts[0]), let lon = Double(parts[1]),
            (-90...90).contains(lat), (-180...180).contains(lon)
        else { return nil }
        return (lat, lon)
    }
}
