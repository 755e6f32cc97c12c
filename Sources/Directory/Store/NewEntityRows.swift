import GRDB

/// The ids of the entities a run creates, and the rows of new articles and their claims, which wait to be
/// written many to a statement.
///
/// A row a statement cost SQLite 1.4 times (entities) to 2.4 times (claims) what a row of a 64-row insert
/// costs, and an article feed's import created 300,000 entities and their claims (docs/PERFORMANCE.md). An article is found by
/// its key alone (``Resolver``), never by its name, so the run knows where its rows may be looked for: a key
/// held here is written out before the store is asked for it, and so is everything when the run ends. Edges
/// may name an article before its row is written: the run defers foreign key checks to its commit.
///
/// The run gives every entity it creates its id, held or not: the store's own choice would not know the held
/// ones. It starts where `AUTOINCREMENT` would, after the highest id the table has ever held.
///
/// The held articles' values are bound straight to the statements (``DirectStatement``): building and binding
/// GRDB's arguments for them took as long as SQLite's insertion.
final class NewEntityRows {
    /// How many articles wait at most: 64 rows of 18 values, 1,152 parameters.
    static let capacity = 64

    private var nextID: Int64
    private var keys: Set<String> = []
    private var held: [(id: Int64, key: String, prepared: PreparedFacts)] = []
    /// The statements that write a full batch, prepared at the first.
    private var fullBatch: Statements?
    private let sourceID: Int64
    private let runID: Int64

    init(_ db: Database, sourceID: Int64, runID: Int64) throws {
        self.sourceID = sourceID
        self.runID = runID
        nextID =
            try Int64.fetchOne(
                db,
                sql: """
                    SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'entities'), 0),
                        coalesce((SELECT max(id) FROM entities), 0))
                    """
            )! + 1
    }

    /// The id of the next entity the run creates.
    func takeID() -> Int64 {
        defer { nextID += 1 }
        return nextID
    }

    /// Whether the article with this key waits here.
    func holds(_ key: String) -> Bool {
        keys.contains(key)
    }

    /// A new article from its facts, and its claim as this run's source's own record; written once `capacity`
    /// wait.
    ///
    /// - Returns: its id.
    func addArticle(key: String, _ prepared: PreparedFacts, _ db: Database) throws -> Int64 {
        // Keys are unique in `entities`: a key held twice would fail the insert of its whole batch.
        let inserted = keys.insert(key).inserted
        precondition(inserted, "an article held twice: the run writes a held key out before looking it up")
        let id = takeID()
        held.append((id, key, prepared))
        if held.count == Self.capacity { try write(db) }
        return id
    }

    /// Writes every waiting row.
    func write(_ db: Database) throws {
        guard !held.isEmpty else { return }
        let statements = try held.count == Self.capacity ? fullStatements(db) : statements(db, rows: held.count)
        let entities = DirectStatement(statements.entities)
        let claims = DirectStatement(statements.claims)
        entities.start()
        claims.start()
        for (row, article) in held.enumerated() {
            bindEntity(article, to: entities, from: Int32(row * Self.entityColumns.count + 1))
            let first = Int32(row * Self.claimColumns.count + 1)
            claims.bind(sourceID, at: first)
            claims.bind(article.id, at: first + 1)
            claims.bind(article.prepared.json, at: first + 2)
            claims.bind(false, at: first + 3)
            claims.bind(runID, at: first + 4)
            claims.bind(runID, at: first + 5)
        }
        try statements.entities.execute()
        try statements.claims.execute()
        keys.removeAll(keepingCapacity: true)
        held.removeAll(keepingCapacity: true)
    }

    /// An article's columns, in ``entityColumns``' order, as ``entityValues(id:_:key:_:facts:place:)`` gives
    /// them.
    private func bindEntity(
        _ article: (id: Int64, key: String, prepared: PreparedFacts), to binding: DirectStatement, from first: Int32
    ) {
        let facts = article.prepared.facts
        binding.bind(article.id, at: first)
        binding.bind(EntityKind.article.rawValue, at: first + 1)
        binding.bind(article.key, at: first + 2)
        binding.bind(facts.name, at: first + 3)
        binding.bind(article.prepared.normalized, at: first + 4)
        binding.bind(facts.description, at: first + 5)
        binding.bind(facts.country, at: first + 6)
        binding.bind(facts.region, at: first + 7)
        binding.bind(facts.lat, at: first + 8)
        binding.bind(facts.lon, at: first + 9)
        binding.bind(facts.website, at: first + 10)
        binding.bind(facts.status, at: first + 11)
        binding.bind(facts.starts, at: first + 12)
        binding.bind(facts.ends, at: first + 13)
        binding.bind((facts.visibility ?? .public).rawValue, at: first + 14)
        binding.bind(facts.sensitive ?? false, at: first + 15)
        binding.bind(article.prepared.extraJSON, at: first + 16)
        binding.bind(nil as Int64?, at: first + 17)
    }

    private typealias Statements = (entities: Statement, claims: Statement)

    private func fullStatements(_ db: Database) throws -> Statements {
        if let fullBatch { return fullBatch }
        let made = try statements(db, rows: Self.capacity)
        fullBatch = made
        return made
    }

    private func statements(_ db: Database, rows: Int) throws -> Statements {
        let made = (
            try db.makeStatement(sql: Self.insert("entities", Self.entityColumns, rows: rows)),
            try db.makeStatement(sql: Self.insert("claims", Self.claimColumns, rows: rows))
        )
        DirectStatement.prepare(made.0)
        DirectStatement.prepare(made.1)
        return made
    }

    /// An entity's columns, in ``entityColumns``' order.
    static func entityValues(
        id: Int64, _ kind: EntityKind, key: String, _ prepared: PreparedFacts, facts: EntityFacts, place: Place?
    ) -> StatementArguments {
        [
            id, kind.rawValue, key, facts.name, prepared.normalized, facts.description, facts.country,
            facts.region, facts.lat, facts.lon, facts.website, facts.status, facts.starts, facts.ends,
            (facts.visibility ?? .public).rawValue, facts.sensitive ?? false, prepared.extraJSON, place?.geonameid,
        ]
    }

    static let entityColumns = [
        "id", "kind", "key", "name", "normalized", "description", "country", "region", "lat", "lon", "website",
        "status", "starts", "ends", "visibility", "sensitive", "extra", "geonames",
    ]
    private static let claimColumns = ["source_id", "entity_id", "facts", "mention", "first_run", "last_run"]

    /// `INSERT INTO table (columns) VALUES (...), ...` for `count` rows.
    static func insert(_ table: String, _ columns: [String], rows count: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: count).joined(separator: ", ")
    }
}
