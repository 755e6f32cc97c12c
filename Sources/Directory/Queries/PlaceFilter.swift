import GRDB

/// What "in PLACE" means in a query: the cities known by that name (any alias), and the country it names.
enum PlaceFilter {
    /// Relations that put an entity in a city.
    static let locating: [Relation] = [.basedIn, .activeIn, .heldIn]

    /// An SQL condition on `e` and its arguments.
    ///
    /// - Throws: ``DirectoryError/unknownPlace(_:)`` when the place is neither a known city nor a country.
    static func condition(_ db: Database, place: String) throws -> (String, [any DatabaseValueConvertible]) {
        let normalized = Normalizer.normalize(place)
        let cities = try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM entities WHERE kind = 'city' AND normalized = ?1
                UNION SELECT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
                WHERE a.normalized = ?1 AND e.kind = 'city'
                """,
            arguments: [normalized]
        )
        let country = Countries.code(for: place)
        guard !cities.isEmpty || country != nil else { throw DirectoryError.unknownPlace(place) }
        var parts: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if !cities.isEmpty {
            let list = cities.map(String.init).joined(separator: ",")
            let relations = locating.map { "'\($0.rawValue)'" }.joined(separator: ",")
            parts.append("e.id IN (\(list))")
            parts.append("e.id IN (SELECT src FROM edges WHERE relation IN (\(relations)) AND dst IN (\(list)))")
        }
        if let country {
            parts.append("e.country = ?")
            arguments.append(country)
        }
        return ("(" + parts.joined(separator: " OR ") + ")", arguments)
    }
}
