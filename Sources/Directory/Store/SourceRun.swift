import Foundation
import GRDB

/// One import run of one source, inside the store's single write transaction.
///
/// Importers call ``assert(_:key:facts:)`` for each record, ``mention(_:key:facts:)`` for what a record names
/// in passing (its city, its themes), and ``link(_:_:_:)`` for the relations between them. A city the
/// gazetteer knows becomes the gazetteer's city whatever key it was given; ``assertCity(_:)`` and
/// ``mentionCity(named:country:region:)`` also say how it was resolved. The store turns
/// these into claims of this source; when the run finishes, what the source no longer says is retracted
/// (snapshot mode) and every touched entity is derived anew from its claims.
///
/// What the run remembers per entity lives in a temporary table, and its caches are bounded, so memory stays
/// flat however long the input is.
public final class SourceRun {
    let db: Database
    let sourceID: Int64
    let runID: Int64
    let mode: ImportMode
    var counts = RunCounts()
    /// Keys already claimed by a naming in passing in this run: naming them again changes nothing.
    var mentioned = BoundedCache<String, Int64>(capacity: 50_000)
    var namedEntities = BoundedCache<String, [Int64]>(capacity: 10_000)
    var placeMatches = BoundedCache<String, PlaceLookup>(capacity: 20_000)
    /// The gazetteer's cities by position, loaded when the run first places a point.
    var cityLocator: CityLocator?
    var locatedPlaces = BoundedCache<Int64, Place>(capacity: 10_000)
    /// The entity last marked for an index rebuild, so its own edges need not mark it again.
    var lastMarked: Int64 = 0
    /// `mentions` edges recorded but not written yet, as source and destination ids in turn
    /// (``linkMention(_:_:)``).
    var pendingMentions: [Int64] = []
    /// The highest entity id before the run: every entity above it is new, and is indexed at the end without
    /// being tracked row by row.
    let lastExistingID: Int64
    /// The ids of the entities the run creates, and the rows of new articles waiting to be written.
    let newRows: NewEntityRows

    init(db: Database, source: SourceDescriptor, startedAt: Date) throws {
        self.db = db
        self.mode = source.mode
        sourceID = try SourceRegistry.upsert(db, source)
        try db.execute(sql: "UPDATE sources SET last_error = NULL WHERE id = ?", arguments: [sourceID])
        try db.execute(
            sql: "INSERT INTO runs (source_id, started_at) VALUES (?, ?)",
            arguments: [sourceID, Timestamp.string(startedAt)]
        )
        runID = db.lastInsertedRowID
        lastExistingID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM entities") ?? 0
        newRows = try NewEntityRows(db, sourceID: sourceID, runID: runID)
        // Edges may name a new article before its row is written (``NewEntityRows``); the transaction's commit
        // checks every foreign key all the same.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        try db.execute(
            sql: """
                CREATE TEMP TABLE run_entities (
                    id INTEGER PRIMARY KEY, state INTEGER, before INTEGER, rebuild INTEGER NOT NULL DEFAULT 0
                )
                """
        )
    }

    /// Records that this source describes an entity: its own row in a list, an item of a feed.
    ///
    /// - Returns: the entity's id.
    @discardableResult
    public func assert(_ kind: EntityKind, key: String, facts: EntityFacts) throws -> Int64 {
        try claim(kind, key: key, PreparedFacts(facts), isMention: false)
    }

    /// ``assert(_:key:facts:)`` with the text of the facts made beforehand.
    @discardableResult
    public func assert(_ kind: EntityKind, key: String, prepared: PreparedFacts) throws -> Int64 {
        try claim(kind, key: key, prepared, isMention: false)
    }

    /// Records that this source names an entity in passing (a row's city, theme or campaign); its own
    /// records about the same entity take precedence.
    ///
    /// - Returns: the entity's id.
    @discardableResult
    public func mention(_ kind: EntityKind, key: String, facts: EntityFacts) throws -> Int64 {
        if let id = mentioned[key] { return id }
        let id = try claim(kind, key: key, PreparedFacts(facts), isMention: true)
        mentioned[key] = id
        return id
    }

    /// Records that this source says `src -relation-> dst`.
    public func link(_ src: Int64, _ relation: Relation, _ dst: Int64) throws {
        guard src != dst else { return }
        let (from, to) = relation.isSymmetric ? (min(src, dst), max(src, dst)) : (src, dst)
        let arguments: StatementArguments = [from, relation.rawValue, to, sourceID, runID]
        try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO edges (src, relation, dst, source_id, first_run, last_run)
                VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                """
        ).execute(arguments: arguments)
        guard db.changesCount > 0 else { return try confirm(arguments) }
        counts.edgesAdded += 1
        if relation == .worksOn && from <= lastExistingID { try mark(from, .index) }
    }

    /// Marks an edge this source already asserted as asserted by this run too.
    ///
    /// - Parameter arguments: the edge's source, relation and destination, this source's id and the run's.
    func confirm(_ arguments: StatementArguments) throws {
        try db.cachedStatement(
            sql: """
                UPDATE edges SET last_run = ?5
                WHERE src = ?1 AND relation = ?2 AND dst = ?3 AND source_id = ?4 AND last_run <> ?5
                """
        ).execute(arguments: arguments)
    }

    /// Entities of `kind` known by this name or alias, for records that name something without its key (a
    /// city without its country, a network that may be a campaign). Cached for the run.
    public func entities(_ kind: EntityKind, named name: String) throws -> [Int64] {
        let normalized = Normalizer.normalize(name)
        let cacheKey = "\(kind.rawValue):\(normalized)"
        if let ids = namedEntities[cacheKey] { return ids }
        let ids = try Resolver(db: db, newRows: newRows).candidates(kind, normalized: normalized, country: nil)
        namedEntities[cacheKey] = ids
        return ids
    }

    /// Notes that `id` needs at least `rebuild` when the run ends.
    func mark(_ id: Int64, _ rebuild: Rebuild) throws {
        if rebuild == .index && id == lastMarked { return }
        try db.cachedStatement(
            sql: """
                INSERT INTO run_entities (id, rebuild) VALUES (?, ?)
                ON CONFLICT (id) DO UPDATE SET rebuild = max(rebuild, excluded.rebuild)
                """
        ).execute(arguments: [id, rebuild.rawValue])
        if rebuild >= .index { lastMarked = id }
    }
}
