import GRDB

/// Derives an entity's attributes and aliases from its claims, and rebuilds the search and place index rows
/// of a set of entities.
///
/// Claims rank by what they are (a source's own record before a naming in passing, before a claim moved by
/// a merge), then by age: the source that described an entity first keeps its name, later ones fill gaps
/// and add their names as aliases. Visibility is the most restrictive any source asks for, and an entity is
/// sensitive when any source says so; a curator's decision on either wins.
struct Refresher {
    let db: Database

    /// Recomputes the entity's columns and aliases from its claims.
    func derive(_ id: Int64) throws {
        let claims = try String.fetchAll(
            db.cachedStatement(
                sql: "SELECT facts FROM claims WHERE entity_id = ? ORDER BY merged, mention, first_run, source_id"
            ),
            arguments: [id]
        ).map(EntityFacts.init(canonicalJSON:))
        guard var facts = claims.first else { return }
        var visibility = facts.visibility ?? .public
        var sensitive = facts.sensitive ?? false
        for other in claims.dropFirst() {
            facts = facts.filled(from: other)
            visibility = max(visibility, other.visibility ?? .public)
            sensitive = sensitive || other.sensitive == true
        }
        let geonames = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT geonames FROM entities WHERE id = ?"), arguments: [id])
        if let geonames, let place = try Gazetteer(db: db).place(geonames) { facts = facts.filled(from: place) }
        try db.cachedStatement(
            sql: """
                UPDATE entities SET name = ?, normalized = ?, description = ?, country = ?, region = ?, lat = ?,
                    lon = ?, website = ?, status = ?, starts = ?, ends = ?,
                    visibility = coalesce(curated_visibility, ?), sensitive = coalesce(curated_sensitive, ?), extra = ?
                WHERE id = ?
                """
        ).execute(arguments: [
            facts.name, Normalizer.normalize(facts.name), facts.description, facts.country, facts.region,
            facts.lat, facts.lon, facts.website, facts.status, facts.starts, facts.ends, visibility.rawValue,
            sensitive, facts.extraJSON, id,
        ])
        try AliasWriter(db: db).replace(facts.aliases ?? [], for: id)
    }

    /// Rebuilds the search and place rows of the entities `selection` (an SQL query of ids) names, in
    /// set-wise statements: `entity_text`, `entity_names` and the words of `search_terms` (see
    /// ``Schema/createSearchNames(_:)``), and `entity_places`.
    ///
    /// Everything goes in normalised, so the index holds the words ``Normalizer`` makes of a query. A city's
    /// aliases include every name the gazetteer knows it by, and names with letters that people spell out
    /// ("München") also go in spelled out (`muenchen`).
    ///
    /// The rows are made once, into a temporary table, and the three indexes are filled from it: reading them
    /// back from `entity_text` went through FTS5 one row at a time, 0.6 s for each pass over 300,000 articles.
    /// An entity with neither aliases nor a gazetteer place (every article of a feed) skips the union of its
    /// names, which sorted one name per entity. The words of the rows are gathered on another thread
    /// (``VocabularyGatherer``) while their full-text rows are written.
    ///
    /// - Parameters:
    ///   - indexed: a query, without arguments, of the ids among the selected that may have rows already, when
    ///     that is fewer: entity ids are never reused (`AUTOINCREMENT`), so an entity a run created has none,
    ///     and looking for the rows of 300,000 new articles took a second.
    ///   - newerThan: selects every entity with a greater id too: those a run created, which have no rows to
    ///     clear yet. Read as a range of the table, they cost a quarter of what they did in `selection`, whose
    ///     ids SQLite gathers and sorts first (0.13 s against 0.47 s for 300,000 articles, in the `sqlite3`
    ///     shell), and the selection is read twice.
    func index(
        _ selection: String, arguments: StatementArguments = [], indexed: String? = nil, newerThan: Int64? = nil
    ) throws {
        let (cleared, clearedArguments) = indexed.map { ($0, StatementArguments()) } ?? (selection, arguments)
        // The range goes last, after the selection's own arguments.
        let selected = newerThan.map { _ in "(e.id IN (\(selection)) OR e.id > ?)" } ?? "e.id IN (\(selection))"
        let selectedArguments = arguments + StatementArguments(newerThan.map { [$0] } ?? [])
        try db.execute(sql: "DELETE FROM entity_text WHERE rowid IN (\(cleared))", arguments: clearedArguments)
        try db.execute(sql: "DELETE FROM entity_names WHERE rowid IN (\(cleared))", arguments: clearedArguments)
        try db.execute(
            sql: """
                CREATE TEMP TABLE index_rows (id INTEGER PRIMARY KEY, name, aliases, description, themes);
                INSERT INTO temp.index_rows (id, name, aliases, description, themes)
                SELECT e.id, e.normalized,
                    CASE WHEN e.geonames IS NULL AND NOT EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id)
                    THEN transliterated(e.name)
                    ELSE (SELECT group_concat(n, ' ; ') FROM (
                        SELECT transliterated(e.name) AS n
                        UNION SELECT a.normalized FROM aliases a WHERE a.entity_id = e.id
                        UNION SELECT transliterated(a.name) FROM aliases a WHERE a.entity_id = e.id
                        UNION SELECT place_search_names(p.name, p.names) FROM places p WHERE p.geonameid = e.geonames
                    )) END,
                    normalized(e.description),
                    (SELECT group_concat(DISTINCT t.normalized) FROM edges w JOIN entities t ON t.id = w.dst
                     WHERE w.src = e.id AND w.relation = 'works_on')
                FROM entities e WHERE \(selected)
                """,
            arguments: selectedArguments
        )
        try fillIndexes()
        try db.execute(sql: "DELETE FROM entity_places WHERE id IN (\(cleared))", arguments: clearedArguments)
        try db.execute(
            sql: """
                INSERT INTO entity_places (id, min_lat, max_lat, min_lon, max_lon)
                SELECT id, lat, lat, lon, lon FROM entities e
                WHERE \(selected) AND lat IS NOT NULL AND lon IS NOT NULL
                """,
            arguments: selectedArguments
        )
    }

    /// Fills `entity_text`, `entity_names` and `search_terms` from `temp.index_rows`, then drops it.
    ///
    /// Each full-text index is filled by one statement: FTS5 writes out the postings it holds in memory when a
    /// statement begins, so filling them 8,192 rows a statement wrote that buffer out 37 times for 300,000
    /// articles, and the import took 2 s longer. The words are gathered as `entity_text`'s statement
    /// reads the rows, by a function that hands them to the other thread.
    private func fillIndexes() throws {
        let vocabulary = VocabularyGatherer()
        defer { vocabulary.close() }
        let gathered = DatabaseFunction("gathered", argumentCount: 4) { values in
            vocabulary.add(values.compactMap(String.fromDatabaseValue))
            return true
        }
        db.add(function: gathered)
        defer { db.remove(function: gathered) }
        try db.execute(
            sql: """
                INSERT INTO entity_text (rowid, name, aliases, description, themes)
                SELECT id, name, aliases, description, themes FROM temp.index_rows
                WHERE gathered(name, aliases, description, themes);
                INSERT INTO entity_names (rowid, names)
                SELECT id, name || ' ; ' || coalesce(aliases, '') FROM temp.index_rows;
                """)
        var words: [UInt8] = []
        JSONText.append(strings: vocabulary.close(), to: &words)
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO search_terms (term) SELECT value FROM json_each(?);
                DROP TABLE temp.index_rows;
                """,
            arguments: [String(decoding: words, as: UTF8.self)])
    }

    /// Derives and indexes a few entities named by id (after a merge); ids of entities that are gone lose
    /// their index rows.
    func refresh(_ ids: [Int64]) throws {
        for id in ids { try derive(id) }
        try index(
            "SELECT value FROM json_each(?)", arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
    }
}
