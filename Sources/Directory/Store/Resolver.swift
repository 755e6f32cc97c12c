import GRDB

/// Finds the entity a record is about: by key, by a key a merge left behind, or by name when the record's
/// key is only its name.
struct Resolver {
    let db: Database

    /// The entity for `key`, or for a record that names an entity already known under a stronger key.
    ///
    /// An organization named without a website finds the one organization of that name (and country, when
    /// both are known). An organization that arrives with its website takes over the placeholder that was
    /// created when it was first named without one, so the order of files does not split it in two.
    func resolve(_ kind: EntityKind, key: String, facts: EntityFacts) throws -> Int64? {
        if let id = try lookup(key) { return id }
        let normalized = Normalizer.normalize(facts.name)
        if kind == .organization && !key.hasPrefix("org:") {
            for placeholder in ["org:\(normalized)", "org:\(normalized):\((facts.country ?? "").lowercased())"] {
                if let id = try entity(key: placeholder), try takeOver(id, key: key) { return id }
            }
            return nil
        }
        guard kind != .city || facts.country != nil else { return nil }
        let found = try candidates(kind, normalized: normalized, country: facts.country)
        return found.count == 1 ? found[0] : nil
    }

    func create(_ kind: EntityKind, key: String, facts: EntityFacts) throws -> Int64 {
        try db.cachedStatement(
            sql: "INSERT INTO entities (kind, key, name, normalized, country) VALUES (?, ?, ?, ?, ?)"
        )
        .execute(arguments: [kind.rawValue, key, facts.name, Normalizer.normalize(facts.name), facts.country])
        return db.lastInsertedRowID
    }

    func currentKey(of id: Int64) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT key FROM entities WHERE id = ?"), arguments: [id])
    }

    /// Entities of `kind` whose name or an alias normalises to `normalized`, in `country` when given.
    func candidates(_ kind: EntityKind, normalized: String, country: String?) throws -> [Int64] {
        try Int64.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT id FROM entities WHERE kind = ?1 AND normalized = ?2 AND (?3 IS NULL OR country IS NULL OR country = ?3)
                    UNION
                    SELECT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id
                    WHERE a.normalized = ?2 AND e.kind = ?1 AND (?3 IS NULL OR e.country IS NULL OR e.country = ?3)
                    """
            ),
            arguments: [kind.rawValue, normalized, country]
        )
    }

    /// The entity known by `key` now or before a merge.
    func lookup(_ key: String) throws -> Int64? {
        if let id = try entity(key: key) { return id }
        return try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT entity_id FROM entity_keys WHERE key = ?"), arguments: [key]
        )
    }

    private func entity(key: String) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entities WHERE key = ?"), arguments: [key])
    }

    private func takeOver(_ id: Int64, key: String) throws -> Bool {
        let row = try Row.fetchOne(db, sql: "SELECT key, website FROM entities WHERE id = ?", arguments: [id])
        guard let row, row["website"] as String? == nil else { return false }
        let old: String = row["key"]
        try db.execute(sql: "UPDATE entities SET key = ? WHERE id = ?", arguments: [key, id])
        try db.execute(sql: "INSERT OR REPLACE INTO entity_keys (key, entity_id) VALUES (?, ?)", arguments: [old, id])
        return true
    }
}
