import GRDB

/// Fills the gazetteer tables from the bundled file, replacing what an earlier version left.
struct GazetteerLoader {
    let db: Database

    /// Loads `file`'s cities, their names (and transliterations) and regions.
    ///
    /// - Returns: how many cities and names were loaded.
    func load(_ file: GazetteerFile, version: String) throws -> (cities: Int, names: Int) {
        let cities = try file.cities()
        for table in ["gazetteer", "places", "place_names", "regions"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        var places = JSONRows(), names = JSONRows(), regions = JSONRows()
        var regionSeen: Set<String> = []
        var seen: Set<String> = []
        for city in cities {
            places.row {
                $0.number(city.geonameid)
                $0.string(city.name)
                $0.string(city.country)
                $0.string(city.admin1)
                $0.number(city.lat)
                $0.number(city.lon)
                $0.number(city.population)
                $0.string(city.otherNames.joined(separator: "|"))
            }
            seen.removeAll(keepingCapacity: true)
            for written in [city.name] + city.otherNames {
                for normalized in [Normalizer.normalize(written), Normalizer.transliterated(written)] {
                    guard let normalized, !normalized.isEmpty, seen.insert(normalized).inserted else { continue }
                    names.row {
                        $0.string(normalized)
                        $0.number(city.geonameid)
                    }
                }
            }
            if let region = city.region, regionSeen.insert("\(city.country)\t\(city.admin1)").inserted {
                regions.row {
                    $0.string(city.country)
                    $0.string(city.admin1)
                    $0.string(region)
                    $0.string(Normalizer.normalize(region))
                }
            }
        }
        // Sorted, names go into their B-tree in order: a third faster than in the file's order.
        try db.execute(
            sql: """
                INSERT INTO places (geonameid, name, country, admin1, lat, lon, population, names)
                SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7
                FROM json_each(?);
                INSERT INTO place_names (normalized, geonameid)
                SELECT value->>0, value->>1 FROM json_each(?) ORDER BY 1, 2;
                INSERT INTO regions (country, admin1, name, normalized)
                SELECT value->>0, value->>1, value->>2, value->>3 FROM json_each(?);
                INSERT INTO gazetteer (id, version, file, cities, names) VALUES (1, ?, ?, ?, ?);
                """,
            arguments: [places.text, names.text, regions.text, version, file.path, cities.count, names.count]
        )
        return (cities.count, names.count)
    }
}
