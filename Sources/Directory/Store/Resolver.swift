import GRDB

/// Finds the entity a record is about: by key, by a key a merge left behind, or by name when the record's
/// key is only its name; creates it when nothing fits.
struct Resolver {
    let db: Database
    /// Gives a created entity its id.
    let newRows: NewEntityRows

    struct Resolution {
        var id: Int64
        /// Found under its own key (or just created), not under a merged-away key or by name.
        var canonical: Bool
        var created: Bool
    }

    /// The entity for `key`, created from the facts when none fits.
    ///
    /// A record whose key is only its name finds the one entity of that kind known by that name or alias (in
    /// its country, when both are known); the key is then kept as one of that entity's keys, so the same record
    /// lands on the same entity next time, whatever else has been imported since.
    ///
    /// An organization named without a website (or as a feed's item) finds the one organization of that name
    /// (and country, when both are known). An organization that arrives with its website takes over the placeholder that was
    /// created when it was first named without one, so the order of files does not split it in two.
    ///
    /// A city the gazetteer knows (`place`) is found by its place's key only: no name match can beat it.
    func resolve(_ kind: EntityKind, key: String, _ prepared: PreparedFacts, place: Place? = nil) throws -> Resolution {
        let facts = prepared.facts, normalized = prepared.normalized
        if let place {
            if let (id, canonical) = try lookup(key) { return Resolution(id: id, canonical: canonical, created: false) }
            return Resolution(id: try create(kind, key: key, prepared, place: place), canonical: true, created: true)
        }
        if kind == .organization && !key.hasPrefix("org:") && !EntityKey.isItem(key) {
            let country = (facts.country ?? "").lowercased()
            if let found = try lookupWebsite(key, placeholders: ["org:\(normalized)", "org:\(normalized):\(country)"]) {
                return found
            }
        } else if let (id, canonical) = try lookup(key) {
            return Resolution(id: id, canonical: canonical, created: false)
        } else if Self.matchesByName(kind, key: key, facts: facts) {
            let found = try candidates(kind, normalized: normalized, country: facts.country)
            if found.count == 1 {
                // Remember the match: a later namesake must not make the next import of this record ambiguous.
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)")
                    .execute(arguments: [key, found[0]])
                return Resolution(id: found[0], canonical: false, created: false)
            }
        }
        return Resolution(id: try create(kind, key: key, prepared), canonical: true, created: true)
    }

    /// Articles, and events a feed gives by id, are told apart by their ids alone: two posts titled "Weekly
    /// update", or the meetings of a weekly assembly, are several things of one name.
    private static func matchesByName(_ kind: EntityKind, key: String, facts: EntityFacts) -> Bool {
        switch kind {
        case .city: facts.country != nil
        case .article: false
        case .event: !EntityKey.isItem(key)
        case .organization, .campaign, .theme: true
        }
    }

    /// Entities of `kind` whose name or an alias normalises to `normalized`, in `country` when given.
    func candidates(_ kind: EntityKind, normalized: String, country: String?) throws -> [Int64] {
        try Int64.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT id FROM entities WHERE kind = ?1 AND normalized = ?2
                        AND (?3 IS NULL OR country IS NULL OR country = ?3)
                    UNION
                    SELECT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id
                    WHERE a.normalized = ?2 AND e.kind = ?1 AND (?3 IS NULL OR e.country IS NULL OR e.country = ?3)
                    """
            ),
            arguments: [kind.rawValue, normalized, country]
        )
    }

    /// The entity known by `key` now (canonical) or before a merge.
    ///
    /// A feed's import asks this for every item: the id and whether it is canonical come as one integer (twice
    /// the id, plus one when canonical), read straight from SQLite (``DirectStatement``).
    func lookup(_ key: String) throws -> (Int64, Bool)? {
        let query = DirectStatement(
            try db.cachedStatement(
                sql: """
                    SELECT id * 2 + 1 FROM entities WHERE key = ?1
                    UNION ALL SELECT entity_id * 2 FROM entity_keys WHERE key = ?1
                    LIMIT 1
                    """
            ))
        query.start()
        query.bind(key, at: 1)
        return try query.firstInteger().map { ($0 >> 1, $0 & 1 == 1) }
    }

    /// A new entity whose attributes are the facts, as if derived from its one claim; a city's filled from
    /// its `place` in the gazetteer.
    private func create(_ kind: EntityKind, key: String, _ prepared: PreparedFacts, place: Place? = nil) throws
        -> Int64
    {
        let facts = place.map(prepared.facts.filled(from:)) ?? prepared.facts
        let id = newRows.takeID()
        try db.cachedStatement(sql: Self.insertEntity).execute(
            arguments: NewEntityRows.entityValues(id: id, kind, key: key, prepared, facts: facts, place: place))
        try AliasWriter(db: db).insert(facts.aliases ?? [], for: id)
        return id
    }

    private static let insertEntity = NewEntityRows.insert("entities", NewEntityRows.entityColumns, rows: 1)

    /// An organization by its website key, in one query: under that key, under a key a merge left behind,
    /// or as the placeholder made when it was named without a website, which it then takes over.
    private func lookupWebsite(_ key: String, placeholders: [String]) throws -> Resolution? {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT id, key, 0 AS merged FROM entities
                    WHERE key = ?1 OR ((key = ?2 OR key = ?3) AND kind = 'organization' AND website IS NULL)
                    UNION ALL SELECT entity_id, key, 1 FROM entity_keys WHERE key = ?1
                    """
            ),
            arguments: [key, placeholders[0], placeholders[1]]
        )
        if let own = rows.first(where: { $0["key"] == key && $0["merged"] == 0 }) {
            return Resolution(id: own["id"], canonical: true, created: false)
        }
        if let merged = rows.first(where: { $0["merged"] == 1 }) {
            return Resolution(id: merged["id"], canonical: false, created: false)
        }
        guard let placeholder = rows.first else { return nil }
        let id: Int64 = placeholder["id"]
        try db.execute(sql: "UPDATE entities SET key = ? WHERE id = ?", arguments: [key, id])
        try db.execute(
            sql: "INSERT OR REPLACE INTO entity_keys (key, entity_id) VALUES (?, ?)",
            arguments: [placeholder["key"], id]
        )
        return Resolution(id: id, canonical: true, created: false)
    }
}

/// Writes an entity's aliases.
struct AliasWriter {
    let db: Database

    func insert(_ names: [String], for id: Int64) throws {
        guard !names.isEmpty else { return }
        let statement = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO aliases (entity_id, normalized, name) VALUES (?, ?, ?)"
        )
        for name in names { try statement.execute(arguments: [id, Normalizer.normalize(name), name]) }
    }

    func replace(_ names: [String], for id: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM aliases WHERE entity_id = ?").execute(arguments: [id])
        try insert(names, for: id)
    }
}
