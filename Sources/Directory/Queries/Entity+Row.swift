import GRDB

extension Entity {
    /// The columns ``init(row:)`` reads, for queries that alias the entities table as `e`.
    static let columns = """
        e.id, e.kind, e.key, e.name, e.description, e.country, e.region, e.lat, e.lon, e.website, e.status,
        e.starts, e.ends, e.visibility, e.sensitive, e.geonames
        """

    /// Reads the entity from `row`, whose columns from `offset` on are ``columns``; by position, because
    /// looking columns up by name was a tenth of a served search's time.
    init(row: Row, offset: Int = 0) {
        self.init(
            id: row[offset],
            kind: EntityKind(rawValue: row[offset + 1]) ?? .organization,
            key: row[offset + 2],
            name: row[offset + 3],
            description: row[offset + 4],
            country: row[offset + 5],
            region: row[offset + 6],
            lat: row[offset + 7],
            lon: row[offset + 8],
            website: row[offset + 9],
            status: row[offset + 10],
            starts: row[offset + 11],
            ends: row[offset + 12],
            visibility: Visibility(rawValue: row[offset + 13]) ?? .private,
            sensitive: row[offset + 14],
            geonames: row[offset + 15]
        )
    }

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Entity] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map { Entity(row: $0) }
    }
}
