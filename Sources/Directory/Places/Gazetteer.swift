import GRDB

/// Looks cities up in the gazetteer tables: by any of their names, by region, by position.
struct Gazetteer {
    let db: Database

    /// How a name was matched.
    struct Match: Equatable {
        var place: Place
        /// Other cities of that name that nothing but size told apart from this one, the largest: neither the
        /// country, the region, the coordinates nor the directory. 0 when one of those decided.
        var others: Int
    }

    /// How near given coordinates must be to a namesake to pick it over a larger one.
    static let coordinatesReachKilometres = 100.0

    /// The city a partner means by `name`, in `country` and `region` when given: the one nearest to the given
    /// coordinates if one lies within reach; else the one the directory already holds, when only one of them
    /// is there (a list of organizations in "Porto Alegre" means the Porto Alegre of the list of cities); else
    /// the largest of the cities known by that name. A known region rules out the namesakes that lie neither in
    /// it nor next to it; a region the gazetteer cannot tell is left aside.
    func match(
        name: String, country: String?, region: String?, near point: (lat: Double, lon: Double)? = nil
    ) throws -> Match? {
        var found = try places(named: Normalizer.normalize(name), country: country)
        if let region, !found.isEmpty {
            let wanted = Normalizer.normalize(region)
            let inRegion = found.filter { place in
                place.admin1.lowercased() == wanted || place.region.map(Normalizer.normalize) == wanted
            }
            if !inRegion.isEmpty {
                found = inRegion
            } else {
                let named = try regions(named: wanted, country: country)
                if !named.isEmpty {
                    // A city is often written with the region around it ("Buenos Aires" in the province of
                    // that name): a namesake next to the region stays; one far from it is another city.
                    found = try found.filter { try borders($0, named) }
                }
            }
        }
        guard let largest = found.first else { return nil }
        if let point {
            let nearest = found.map { ($0, GeoDistance.kilometres(point.lat, point.lon, $0.lat, $0.lon)) }
                .min { $0.1 < $1.1 }
            if let nearest, nearest.1 <= Self.coordinatesReachKilometres {
                return Match(place: nearest.0, others: 0)
            }
        }
        if found.count > 1 {
            let held = try found.filter(isInDirectory)
            if held.count == 1 { return Match(place: held[0], others: 0) }
        }
        return Match(place: largest, others: found.count - 1)
    }

    /// How near a region a city may lie and still be what a partner means by "that city, in that region".
    static let regionReachKilometres = 50.0

    /// Whether a city of one of `regions` lies within ``regionReachKilometres`` of `place`.
    private func borders(_ place: Place, _ regions: [(country: String, admin1: String)]) throws -> Bool {
        try places(around: place.lat, place.lon, km: Self.regionReachKilometres).contains { neighbour in
            regions.contains { $0.country == neighbour.country && $0.admin1 == neighbour.admin1 }
                && GeoDistance.kilometres(place.lat, place.lon, neighbour.lat, neighbour.lon)
                    <= Self.regionReachKilometres
        }
    }

    private func isInDirectory(_ place: Place) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM entities WHERE geonames = ?)"),
            arguments: [place.geonameid]
        ) ?? false
    }

    /// Cities known by a name that normalises to `normalized`, largest first. Sorted here: an ORDER BY made
    /// SQLite set up a sorter for every lookup, which tripled its time.
    func places(named normalized: String, country: String?) throws -> [Place] {
        guard !normalized.isEmpty else { return [] }
        return try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT \(Self.columns) FROM place_names n JOIN places p ON p.geonameid = n.geonameid
                    LEFT JOIN regions r ON r.country = p.country AND r.admin1 = p.admin1
                    WHERE n.normalized = ?1 AND (?2 IS NULL OR p.country = ?2)
                    """
            ),
            arguments: [normalized, country]
        ).map(Self.place).sorted { ($1.population, $0.geonameid) < ($0.population, $1.geonameid) }
    }

    func place(_ geonameid: Int64) throws -> Place? {
        try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT \(Self.columns) FROM places p
                    LEFT JOIN regions r ON r.country = p.country AND r.admin1 = p.admin1
                    WHERE p.geonameid = ?
                    """
            ),
            arguments: [geonameid]
        ).map(Self.place)
    }

    /// Every name the gazetteer knows the city by, its own first.
    func names(of geonameid: Int64) throws -> [String] {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT name, names FROM places WHERE geonameid = ?"), arguments: [geonameid])
        else { return [] }
        let others: String = row["names"]
        return [row["name"]] + others.split(separator: "|").map(String.init)
    }

    /// The first-level regions called `normalized`: by name, or by GeoNames code within `country` ("CA" in
    /// the United States), or by country and code together ("US-CA").
    func regions(named normalized: String, country: String?) throws -> [(country: String, admin1: String)] {
        guard !normalized.isEmpty else { return [] }
        var coded = country.map { ($0, normalized) }
        let words = normalized.split(separator: " ", maxSplits: 1)
        if country == nil, words.count == 2, words[0].count == 2 {
            coded = (words[0].uppercased(), String(words[1]))
        }
        return try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT country, admin1 FROM regions WHERE normalized = ?1 AND (?2 IS NULL OR country = ?2)
                    UNION SELECT country, admin1 FROM regions WHERE country = ?3 AND lower(admin1) = ?4
                    """
            ),
            arguments: [normalized, country, coded?.0, coded?.1]
        ).map { ($0["country"], $0["admin1"]) }
    }

    /// The cities in the rectangles around a point that hold its circle of `km`.
    private func places(around lat: Double, _ lon: Double, km: Double) throws -> [Place] {
        try GeoDistance.boxes(aroundLat: lat, lon: lon, km: km).flatMap { box in
            try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT \(Self.columns) FROM places p
                        LEFT JOIN regions r ON r.country = p.country AND r.admin1 = p.admin1
                        WHERE p.lat BETWEEN ?1 AND ?2 AND p.lon BETWEEN ?3 AND ?4
                        """
                ),
                arguments: [box.minLat, box.maxLat, box.minLon, box.maxLon]
            ).map(Self.place)
        }
    }

    private static let columns =
        "p.geonameid, p.name, p.country, p.admin1, r.name AS region, p.lat, p.lon, p.population"

    private static func place(_ row: Row) -> Place {
        Place(
            geonameid: row["geonameid"], name: row["name"], country: row["country"], admin1: row["admin1"],
            region: row["region"], lat: row["lat"], lon: row["lon"], population: row["population"]
        )
    }
}
