import GRDB

/// What "in PLACE" means in a query: the cities known by that name (any of their names, the gazetteer's
/// included), the cities of the first-level regions of that name or code, and the country it names; and
/// everything based, active or held in those cities.
enum PlaceFilter {
    /// Relations that put an entity in a city.
    static let locating: [Relation] = [.basedIn, .activeIn, .heldIn]

    /// An SQL condition: the edge `alias` puts its source in a city.
    static func locates(_ alias: String) -> String {
        "(" + locating.map { "\(alias).relation = '\($0.rawValue)'" }.joined(separator: " OR ") + ")"
    }

    /// What a place name means in the directory.
    struct Meaning {
        /// The directory's cities it means: by name, or in the region (not every city of a country).
        var cities: [Int64]
        var isRegion: Bool
        var country: String?
    }

    static func meaning(_ db: Database, place: String) throws -> Meaning {
        let normalized = Normalizer.normalize(place)
        let regions = try Gazetteer(db: db).regions(named: normalized, country: nil)
        let cities = try named(db, normalized) + inRegions(db, regions, normalized)
        return Meaning(
            cities: Array(Set(cities)).sorted(), isRegion: !regions.isEmpty, country: Countries.code(for: place))
    }

    /// The directory's cities that the place means.
    static func cities(_ db: Database, place: String) throws -> [Int64] {
        try meaning(db, place: place).cities
    }

    /// An SQL condition on `e` and its arguments.
    ///
    /// - Throws: ``DirectoryError/unknownPlace(_:)`` when the place is not a known city, region or country.
    static func condition(_ db: Database, place: String) throws -> (String, [any DatabaseValueConvertible]) {
        try condition(meaning(db, place: place), place: place)
    }

    static func condition(_ meaning: Meaning, place: String) throws -> (String, [any DatabaseValueConvertible]) {
        let cities = meaning.cities
        let country = meaning.country
        guard !cities.isEmpty || meaning.isRegion || country != nil else { throw DirectoryError.unknownPlace(place) }
        let relations = locating.map { "'\($0.rawValue)'" }.joined(separator: ",")
        var parts: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if !cities.isEmpty {
            // An argument, not literals, so that the statement is the same for every place and stays cached.
            let list = "[" + cities.map(String.init).joined(separator: ",") + "]"
            parts.append("e.id IN (SELECT value FROM json_each(?))")
            parts.append(
                "e.id IN (SELECT src FROM edges WHERE relation IN (\(relations)) AND dst IN (SELECT value FROM json_each(?)))"
            )
            arguments += [list, list]
        }
        if let country {
            parts.append("e.country = ?")
            parts.append(
                """
                e.id IN (SELECT x.src FROM entities c JOIN edges x ON x.dst = c.id
                         WHERE c.kind = 'city' AND c.country = ? AND x.relation IN (\(relations)))
                """
            )
            arguments += [country, country]
        }
        if parts.isEmpty { parts.append("0") }
        return ("(" + parts.joined(separator: " OR ") + ")", arguments)
    }

    /// The ids of the directory's cities known by a name (`?1`, normalised): their own, an alias, or one the
    /// gazetteer knows them by.
    static let citiesNamedSQL = """
        SELECT id FROM entities WHERE kind = 'city' AND normalized = ?1
        UNION SELECT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
        WHERE a.normalized = ?1 AND e.kind = 'city'
        UNION SELECT e.id FROM place_names n JOIN entities e ON e.geonames = n.geonameid
        WHERE n.normalized = ?1 AND e.kind = 'city'
        """

    private static func named(_ db: Database, _ normalized: String) throws -> [Int64] {
        try Int64.fetchAll(db, sql: citiesNamedSQL, arguments: [normalized])
    }

    /// Cities of the directory in the regions: by their place in the gazetteer, or, for cities it does not
    /// know, by the region their sources give.
    private static func inRegions(
        _ db: Database, _ regions: [(country: String, admin1: String)], _ normalized: String
    ) throws -> [Int64] {
        var ids: [Int64] = []
        if !regions.isEmpty {
            let condition = regions.map { _ in "(p.country = ? AND p.admin1 = ?)" }.joined(separator: " OR ")
            ids += try Int64.fetchAll(
                db,
                sql: """
                    SELECT e.id FROM places p JOIN entities e ON e.geonames = p.geonameid
                    WHERE e.kind = 'city' AND (\(condition))
                    """,
                arguments: StatementArguments(regions.flatMap { [$0.country, $0.admin1] })
            )
        }
        let unplaced = try Row.fetchAll(
            db,
            // `+geonames`: not through the geonames index, where every entity that is not a city waits.
            sql: "SELECT id, region FROM entities WHERE kind = 'city' AND +geonames IS NULL AND region IS NOT NULL"
        )
        ids += unplaced.filter { Normalizer.normalize($0["region"] as String) == normalized }.map { $0["id"] }
        return ids
    }
}
