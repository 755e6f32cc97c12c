import GRDB

extension DirectoryStore {
    /// Makes the gazetteer file at `path` the database's: loads it when the database has none or another
    /// version (in one transaction), then places the directory's cities that had no place yet.
    ///
    /// - Throws: ``DirectoryError/gazetteer(path:reason:)`` when the file cannot be read or is malformed;
    ///   the database then keeps the gazetteer it had.
    @discardableResult
    public func installGazetteer(path: String) throws -> GazetteerStatus {
        let file = GazetteerFile(path: path)
        let version = try file.version()
        if let current = try gazetteer(), current.version == version { return current }
        return try write { db in
            let (cities, names) = try GazetteerLoader(db: db).load(file, version: version)
            let placed = try CityPlacer(db: db).placeUnplacedCities()
            return GazetteerStatus(
                version: version, file: path, cities: cities, names: names, loaded: true, placed: placed)
        }
    }

    /// The gazetteer the database holds, nil when it has none.
    public func gazetteer() throws -> GazetteerStatus? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT version, file, cities, names FROM gazetteer").map { row in
                GazetteerStatus(
                    version: row["version"], file: row["file"], cities: row["cities"], names: row["names"],
                    loaded: false, placed: 0)
            }
        }
    }

    /// The gazetteer's cities known by `name` (any of their names, in any spelling), in `country` when given,
    /// largest first.
    public func places(named name: String, country: String? = nil) throws -> [Place] {
        try places(named: [name], country: country)[0]
    }

    /// ``places(named:country:)`` for many names in one read transaction, which costs several times what one
    /// lookup does.
    public func places(named names: [String], country: String? = nil) throws -> [[Place]] {
        try read { db in
            let gazetteer = Gazetteer(db: db)
            return try names.map { try gazetteer.places(named: Normalizer.normalize($0), country: country) }
        }
    }
}
