import Foundation
import GRDB

/// One import run of one source, inside the store's single write transaction.
///
/// Importers call ``assert(_:key:facts:)`` for each record, ``mention(_:key:facts:)`` for what a record names
/// in passing (its city, its themes), and ``link(_:_:_:)`` for the relations between them. The store turns
/// these into claims of this source; when the run finishes, what the source no longer says is retracted
/// (snapshot mode) and every touched entity is derived anew from its claims.
public final class SourceRun {
    let db: Database
    let sourceID: Int64
    let runID: Int64
    let mode: ImportMode
    private(set) var counts = RunCounts()

    /// Entities this run has claimed so far, with what is needed to classify a repeated record.
    private var claimed: [Int64: ClaimState] = [:]
    private var claimedEdges: Set<Int64> = []
    /// Entities whose derived attributes, aliases or index rows must be rebuilt when the run ends.
    private var dirty: Set<Int64> = []

    private struct ClaimState {
        enum Outcome { case added, updated, unchanged, mentioned }
        var outcome: Outcome
        var isMention: Bool
        /// Whether the record was asserted under the entity's own key (not a merged-away one).
        var isCanonical: Bool
        /// The claim's facts before this run, to tell whether repeated records changed anything in the end.
        var before: String?
    }

    init(db: Database, source: SourceDescriptor, startedAt: Date) throws {
        self.db = db
        self.mode = source.mode
        try db.execute(
            sql: """
                INSERT INTO sources (name, location, format, mode) VALUES (?, ?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET location = excluded.location, format = excluded.format,
                    mode = excluded.mode
                """,
            arguments: [source.name, source.location, source.format, source.mode.rawValue]
        )
        sourceID = try Int64.fetchOne(db, sql: "SELECT id FROM sources WHERE name = ?", arguments: [source.name])!
        try db.execute(
            sql: "INSERT INTO runs (source_id, started_at) VALUES (?, ?)",
            arguments: [sourceID, Timestamp.string(startedAt)]
        )
        runID = db.lastInsertedRowID
    }

    /// Records that this source describes an entity: its own row in a list, an item of a feed.
    ///
    /// - Returns: the entity's id.
    @discardableResult
    public func assert(_ kind: EntityKind, key: String, facts: EntityFacts) throws -> Int64 {
        try claim(kind, key: key, facts: facts, isMention: false)
    }

    /// Records that this source names an entity in passing (a row's city, theme or campaign); its own
    /// records about the same entity take precedence.
    ///
    /// - Returns: the entity's id.
    @discardableResult
    public func mention(_ kind: EntityKind, key: String, facts: EntityFacts) throws -> Int64 {
        try claim(kind, key: key, facts: facts, isMention: true)
    }

    /// Records that this source says `src -relation-> dst`.
    public func link(_ src: Int64, _ relation: Relation, _ dst: Int64) throws {
        guard src != dst else { return }
        let (from, to) = relation.isSymmetric ? (min(src, dst), max(src, dst)) : (src, dst)
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO edges (src, relation, dst) VALUES (?, ?, ?)")
            .execute(arguments: [from, relation.rawValue, to])
        let isNew = db.changesCount > 0
        let edgeID: Int64
        if isNew {
            edgeID = db.lastInsertedRowID
            counts.edgesAdded += 1
            if relation == .worksOn { dirty.insert(from) }
        } else {
            edgeID = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM edges WHERE src = ? AND relation = ? AND dst = ?"),
                arguments: [from, relation.rawValue, to]
            )!
        }
        guard claimedEdges.insert(edgeID).inserted else { return }
        try db.cachedStatement(
            sql: """
                INSERT INTO claims (source_id, edge_id, first_run, last_run) VALUES (?, ?, ?, ?)
                ON CONFLICT (edge_id, source_id) WHERE edge_id IS NOT NULL DO UPDATE SET last_run = excluded.last_run
                """
        ).execute(arguments: [sourceID, edgeID, runID, runID])
    }

    /// Entities of `kind` known by this normalised name or alias, for records that name a city without its
    /// country.
    public func entities(_ kind: EntityKind, named name: String) throws -> [Int64] {
        try Resolver(db: db).candidates(kind, normalized: Normalizer.normalize(name), country: nil)
    }

    private func claim(_ kind: EntityKind, key: String, facts: EntityFacts, isMention: Bool) throws -> Int64 {
        let resolver = Resolver(db: db)
        var created = false
        let id: Int64
        if let found = try resolver.resolve(kind, key: key, facts: facts) {
            id = found
        } else {
            id = try resolver.create(kind, key: key, facts: facts)
            created = true
        }
        let isCanonical = try created || resolver.currentKey(of: id) == key
        if var state = claimed[id] {
            try repeatClaim(id, &state, facts: facts, isMention: isMention, isCanonical: isCanonical)
            claimed[id] = state
        } else {
            claimed[id] = try firstClaim(
                id, facts: facts, isMention: isMention, created: created, isCanonical: isCanonical)
        }
        return id
    }

    private func firstClaim(
        _ id: Int64,
        facts: EntityFacts,
        isMention: Bool,
        created: Bool,
        isCanonical: Bool
    ) throws -> ClaimState {
        let json = try facts.canonicalJSON()
        let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, facts, mention FROM claims WHERE entity_id = ? AND source_id = ?"),
            arguments: [id, sourceID]
        )
        guard let row else {
            try db.cachedStatement(
                sql: """
                    INSERT INTO claims (source_id, entity_id, facts, mention, first_run, last_run)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [sourceID, id, json, isMention, runID, runID])
            dirty.insert(id)
            let outcome: ClaimState.Outcome = created ? .added : (isMention ? .mentioned : .updated)
            return count(ClaimState(outcome: outcome, isMention: isMention, isCanonical: isCanonical, before: nil))
        }
        let claimID: Int64 = row["id"]
        let before: String = row["facts"]
        let wasMention: Bool = row["mention"]
        if isMention && !wasMention {
            // Naming in passing confirms the source's own record of the entity, which stays as it is.
            try touch(claimID)
            return ClaimState(outcome: .mentioned, isMention: false, isCanonical: isCanonical, before: before)
        }
        if before == json && wasMention == isMention {
            try touch(claimID)
            let outcome: ClaimState.Outcome = isMention ? .mentioned : .unchanged
            return count(ClaimState(outcome: outcome, isMention: isMention, isCanonical: isCanonical, before: before))
        }
        try write(claimID, json: json, isMention: isMention)
        dirty.insert(id)
        let outcome: ClaimState.Outcome = isMention ? .mentioned : .updated
        return count(ClaimState(outcome: outcome, isMention: isMention, isCanonical: isCanonical, before: before))
    }

    /// A second record about the same entity in one run (a duplicate row, or two keys a curator merged):
    /// the claim becomes the union of both, the record under the entity's own key winning.
    private func repeatClaim(
        _ id: Int64,
        _ state: inout ClaimState,
        facts: EntityFacts,
        isMention: Bool,
        isCanonical: Bool
    ) throws {
        // A second naming in passing adds nothing worth a write.
        if isMention { return }
        let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, facts FROM claims WHERE entity_id = ? AND source_id = ?"),
            arguments: [id, sourceID]
        )!
        let current = try EntityFacts(canonicalJSON: row["facts"])
        let newWins = (state.isMention && !isMention) || (isCanonical && !state.isCanonical)
        let combined = newWins ? facts.filled(from: current) : current.filled(from: facts)
        let json = try combined.canonicalJSON()
        if json != row["facts"] || state.isMention {
            try write(row["id"], json: json, isMention: false)
            dirty.insert(id)
        }
        uncount(state)
        state.isMention = false
        state.isCanonical = state.isCanonical || isCanonical
        if state.outcome != .added {
            state.outcome = json == state.before ? .unchanged : .updated
        }
        count(state)
    }

    private func write(_ claimID: Int64, json: String, isMention: Bool) throws {
        try db.cachedStatement(sql: "UPDATE claims SET facts = ?, mention = ?, last_run = ? WHERE id = ?")
            .execute(arguments: [json, isMention, runID, claimID])
    }

    private func touch(_ claimID: Int64) throws {
        try db.cachedStatement(sql: "UPDATE claims SET last_run = ? WHERE id = ?").execute(arguments: [runID, claimID])
    }

    @discardableResult
    private func count(_ state: ClaimState) -> ClaimState {
        adjust(state, by: 1)
        return state
    }

    private func uncount(_ state: ClaimState) { adjust(state, by: -1) }

    private func adjust(_ state: ClaimState, by delta: Int) {
        switch state.outcome {
        case .added: counts.added += delta
        case .updated: counts.updated += delta
        case .unchanged: counts.unchanged += delta
        case .mentioned: break
        }
    }

    /// Retracts what the source no longer says (snapshot mode), rebuilds what changed, and records the run.
    func finish() throws -> RunCounts {
        if mode == .snapshot { try retractUnseen() }
        let refresher = Refresher(db: db)
        for id in dirty.sorted() { try refresher.refresh(id) }
        try db.execute(
            sql: """
                UPDATE runs SET added = ?, updated = ?, unchanged = ?, retracted = ?, removed = ?, edges_added = ?,
                    edges_retracted = ?
                WHERE id = ?
                """,
            arguments: [
                counts.added, counts.updated, counts.unchanged, counts.retracted, counts.removed, counts.edgesAdded,
                counts.edgesRetracted, runID,
            ]
        )
        return counts
    }

    private func retractUnseen() throws {
        let staleEdges = try Row.fetchAll(
            db,
            sql: """
                SELECT c.id, c.edge_id, e.src FROM claims c JOIN edges e ON e.id = c.edge_id
                WHERE c.source_id = ? AND c.last_run <> ?
                """,
            arguments: [sourceID, runID]
        )
        for row in staleEdges {
            try db.execute(sql: "DELETE FROM claims WHERE id = ?", arguments: [row["id"] as Int64])
            let edgeID: Int64 = row["edge_id"]
            if try !Bool.fetchOne(
                db, sql: "SELECT EXISTS(SELECT 1 FROM claims WHERE edge_id = ?)", arguments: [edgeID])!
            {
                try db.execute(sql: "DELETE FROM edges WHERE id = ?", arguments: [edgeID])
                counts.edgesRetracted += 1
                dirty.insert(row["src"])
            }
        }
        let staleEntities = try Row.fetchAll(
            db,
            sql:
                "SELECT id, entity_id, mention FROM claims WHERE source_id = ? AND entity_id IS NOT NULL AND last_run <> ?",
            arguments: [sourceID, runID]
        )
        for row in staleEntities {
            try db.execute(sql: "DELETE FROM claims WHERE id = ?", arguments: [row["id"] as Int64])
            if !(row["mention"] as Bool) { counts.retracted += 1 }
            let entityID: Int64 = row["entity_id"]
            if try Bool.fetchOne(
                db, sql: "SELECT EXISTS(SELECT 1 FROM claims WHERE entity_id = ?)", arguments: [entityID])!
            {
                dirty.insert(entityID)
            } else {
                try removeEntity(entityID)
            }
        }
    }

    private func removeEntity(_ id: Int64) throws {
        let neighbours = try Int64.fetchAll(
            db, sql: "SELECT src FROM edges WHERE dst = ? AND relation = 'works_on'", arguments: [id]
        )
        try db.execute(sql: "DELETE FROM entities WHERE id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM entity_text WHERE rowid = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM entity_places WHERE id = ?", arguments: [id])
        dirty.remove(id)
        dirty.formUnion(neighbours)
        counts.removed += 1
    }
}
