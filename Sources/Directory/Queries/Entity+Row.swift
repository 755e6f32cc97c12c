import GRDB

extension Entity {
    /// The columns ``init(row:)`` reads, for queries that alias the entities table as `e`.
    static let columns = """
        e.id, e.kind, e.key, e.name, e.description, e.country, e.region, e.lat, e.lon, e.website, e.status,
        e.starts, e.ends, e.visibility, e.sensitive, e.geonames
        """

    init(row: Row) {
        self.init(
            id: row["id"],
            kind: EntityKind(rawValue: row["kind"]) ?? .organization,
            key: row["key"],
            name: row["name"],
            description: row["description"],
            country: row["country"],
            region: row["region"],
            lat: row["lat"],
            lon: row["lon"],
            website: row["website"],
            status: row["status"],
            starts: row["starts"],
            ends: row["ends"],
            visibility: Visibility(rawValue: row["visibility"]) ?? .private,
            sensitive: row["sensitive"],
            geonames: row["geonames"]
        )
    }

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Entity] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map(Entity.init(row:))
    }
}
