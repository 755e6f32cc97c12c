import GRDB

extension SourceRun {
    /// A city is always the gazetteer's when the gazetteer knows it, whatever key the caller made.
    func claim(_ kind: EntityKind, key: String, _ prepared: PreparedFacts, isMention: Bool, place: Place? = nil)
        throws -> Int64
    {
        var key = key, place = place
        if kind == .city && place == nil, let found = try placeMatch(prepared.facts) {
            key = Self.placeKey(found.place)
            place = found.place
        }
        let resolver = Resolver(db: db, newRows: newRows)
        let found: Resolver.Resolution
        if kind == .article && place == nil && !isMention && (prepared.facts.aliases ?? []).isEmpty {
            // What `resolve` does for an article, with its rows held back to be written with the next ones.
            if newRows.holds(key) { try newRows.write(db) }
            guard let (id, canonical) = try resolver.lookup(key) else {
                counts.added += 1
                return try newRows.addArticle(key: key, prepared, db)
            }
            found = Resolver.Resolution(id: id, canonical: canonical, created: false)
        } else {
            found = try resolver.resolve(kind, key: key, prepared, place: place)
        }
        if found.created {
            // The entity's columns were written from these facts; the index rebuild finds it by its id.
            try insertClaim(found.id, json: prepared.json, isMention: isMention)
            counts.added += 1
            return found.id
        }
        if let (state, before) = try runState(of: found.id) {
            if !isMention {
                try repeatClaim(
                    found.id, state: state, before: before, facts: prepared.facts, canonical: found.canonical)
            }
        } else {
            try firstClaim(found.id, json: prepared.json, isMention: isMention)
        }
        return found.id
    }

    /// What this run did with the entity so far, nil when it has not claimed it yet. An entity created by
    /// this run was claimed when it was created, as added.
    private func runState(of id: Int64) throws -> (RunEntityState, Int64?)? {
        if id > lastExistingID {
            let mention = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT mention FROM claims WHERE entity_id = ? AND source_id = ?"),
                arguments: [id, sourceID]
            )
            return mention.map { (RunEntityState(outcome: .added, mention: $0), nil) }
        }
        let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT state, before FROM run_entities WHERE id = ? AND state IS NOT NULL"),
            arguments: [id]
        )
        return row.map { (RunEntityState(packed: $0["state"]), $0["before"]) }
    }

    private func firstClaim(_ id: Int64, json: String, isMention: Bool) throws {
        let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, facts, mention FROM claims WHERE entity_id = ? AND source_id = ?"),
            arguments: [id, sourceID]
        )
        guard let row else {
            try insertClaim(id, json: json, isMention: isMention)
            let state = RunEntityState(
                outcome: isMention ? .mentioned : .updated, mention: isMention)
            return try record(id, state, before: nil, rebuild: .derive)
        }
        let claimID: Int64 = row["id"]
        let stored: String = row["facts"]
        let wasMention: Bool = row["mention"]
        let before = factsHash(stored)
        if isMention && !wasMention {
            // Naming in passing confirms the source's own record of the entity, which stays as it is.
            try touch(claimID)
            let state = RunEntityState(outcome: .mentioned, mention: false)
            return try record(id, state, before: before, rebuild: .nothing)
        }
        if stored == json && wasMention == isMention {
            try touch(claimID)
            let state = RunEntityState(
                outcome: isMention ? .mentioned : .unchanged, mention: isMention)
            return try record(id, state, before: before, rebuild: .nothing)
        }
        try write(claimID, json: json, isMention: isMention)
        let state = RunEntityState(outcome: isMention ? .mentioned : .updated, mention: isMention)
        try record(id, state, before: before, rebuild: .derive)
    }

    /// A second record about the same entity in one run (a duplicate row, a record that matched by name, or
    /// two keys a curator merged): the claim becomes the union of both. The record whose facts give the
    /// entity's own key wins, whatever the order of the rows, so importing the same file again gives the same
    /// claim.
    private func repeatClaim(
        _ id: Int64, state: RunEntityState, before: Int64?, facts: EntityFacts, canonical: Bool
    ) throws {
        let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT c.id, c.facts, e.kind, e.key FROM claims c JOIN entities e ON e.id = c.entity_id
                    WHERE c.entity_id = ? AND c.source_id = ?
                    """
            ),
            arguments: [id, sourceID]
        )!
        let stored: String = row["facts"]
        let current = try EntityFacts(canonicalJSON: stored)
        let kind = EntityKind(rawValue: row["kind"]) ?? .organization
        let storedKey = try identityKey(kind, current)
        let newWins = state.mention || (canonical && storedKey != row["key"])
        let combined = newWins ? facts.filled(from: current) : current.filled(from: facts)
        let json = combined.canonicalJSON()
        var rebuild = Rebuild.nothing
        if json != stored || state.mention {
            try write(row["id"], json: json, isMention: false)
            rebuild = .derive
        }
        var next = RunEntityState(outcome: state.outcome, mention: false)
        if state.outcome != .added {
            next.outcome = factsHash(json) == before ? .unchanged : .updated
        }
        try record(id, next, replacing: state, before: before, rebuild: rebuild)
    }

    /// Counts the entity's new outcome (in place of `previous`, for a repeated record) and stores its state.
    private func record(
        _ id: Int64, _ state: RunEntityState, replacing previous: RunEntityState? = nil, before: Int64?,
        rebuild: Rebuild
    ) throws {
        if let previous { adjust(previous.outcome, by: -1) }
        adjust(state.outcome, by: 1)
        try db.cachedStatement(
            sql: """
                INSERT INTO run_entities (id, state, before, rebuild) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET state = excluded.state, before = excluded.before,
                    rebuild = max(rebuild, excluded.rebuild)
                """
        ).execute(arguments: [id, state.packed, before, rebuild.rawValue])
        if rebuild >= .index { lastMarked = id }
    }

    private func adjust(_ outcome: RunEntityState.Outcome, by delta: Int) {
        switch outcome {
        case .added: counts.added += delta
        case .updated: counts.updated += delta
        case .unchanged: counts.unchanged += delta
        case .mentioned: break
        }
    }

    private func insertClaim(_ id: Int64, json: String, isMention: Bool) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO claims (source_id, entity_id, facts, mention, first_run, last_run)
                VALUES (?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [sourceID, id, json, isMention, runID, runID])
    }

    private func write(_ claimID: Int64, json: String, isMention: Bool) throws {
        try db.cachedStatement(sql: "UPDATE claims SET facts = ?, mention = ?, last_run = ? WHERE id = ?")
            .execute(arguments: [json, isMention, runID, claimID])
    }

    private func touch(_ claimID: Int64) throws {
        try db.cachedStatement(sql: "UPDATE claims SET last_run = ? WHERE id = ?").execute(arguments: [runID, claimID])
    }
}
