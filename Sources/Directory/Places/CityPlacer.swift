import GRDB

/// Brings the directory's cities in line with a newly loaded gazetteer.
struct CityPlacer {
    let db: Database

    /// Gives each city without a place the gazetteer's, when the gazetteer knows it now (re-keyed, or merged
    /// into the entity that already has that place: the older one survives, as the first row of a list
    /// would), and derives and indexes every placed city anew, since
    /// its place's names and coordinates may have changed.
    ///
    /// - Returns: how many cities found their place.
    func placeUnplacedCities() throws -> Int {
        let gazetteer = Gazetteer(db: db)
        let unplaced = try Row.fetchAll(
            db,
            sql: """
                SELECT id, key, name, country, region, lat, lon FROM entities
                WHERE kind = 'city' AND geonames IS NULL ORDER BY id
                """
        )
        var touched: Set<Int64> = []
        var placed = 0
        for city in unplaced {
            var point: (lat: Double, lon: Double)?
            if let lat: Double = city["lat"], let lon: Double = city["lon"] { point = (lat, lon) }
            guard
                let match = try gazetteer.match(
                    name: city["name"], country: city["country"], region: city["region"], near: point)
            else { continue }
            let id: Int64 = city["id"], key: String = city["key"]
            let placeKey = SourceRun.placeKey(match.place)
            if let owner = try Int64.fetchOne(db, sql: "SELECT id FROM entities WHERE key = ?", arguments: [placeKey]) {
                touched.formUnion(try Merger(db: db).merge(id, key: key, into: owner))
            } else {
                try db.execute(
                    sql: "UPDATE entities SET key = ?, geonames = ? WHERE id = ?",
                    arguments: [placeKey, match.place.geonameid, id]
                )
                try db.execute(
                    sql: "INSERT OR REPLACE INTO entity_keys (key, entity_id) VALUES (?, ?)", arguments: [key, id]
                )
            }
            placed += 1
        }
        let cities = try Int64.fetchAll(db, sql: "SELECT id FROM entities WHERE geonames IS NOT NULL")
        try Refresher(db: db).refresh(touched.union(cities).sorted())
        return placed
    }
}
