import GRDB

extension DirectoryStore {
    /// Finds entities by words and filters, best first.
    ///
    /// With words, the entities with all of them in their name or aliases come first (``SearchHit/rank`` 0),
    /// then those with all of them somewhere in their text, themes or description included (rank 1); each in
    /// the order they entered the directory. Without words, everything the filters let through, by name.
    ///
    /// - Throws: ``DirectoryError/unknownPlace(_:)`` when `place` or `country` names nothing known,
    ///   ``DirectoryError/unknownTheme(_:)`` when `theme` does; for `near`, what ``near(_:)`` throws.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        try read { db in
            var filter = try SearchFilter(db, query)
            let limit = max(0, query.limit)
            let words = Normalizer.words(query.text)
            if words.isEmpty {
                if let after = query.after { filter.add("(e.name, e.id) > (?, ?)", after.name, after.id) }
                return try Row.fetchAll(
                    db.cachedStatement(
                        sql:
                            "SELECT \(Entity.columns) FROM entities e WHERE \(filter.sql) ORDER BY e.name, e.id LIMIT ?"
                    ),
                    arguments: StatementArguments(filter.arguments + [limit])
                ).map { SearchHit(entity: Entity(row: $0), rank: nil) }
            }
            guard let plan = try SearchPlan(db, words: words) else { return [] }
            var hits: [SearchHit] = []
            for (rank, table, match) in [(0, "entity_names", plan.names), (1, "entity_text", plan.elsewhere)] {
                if hits.count >= limit { break }
                let after = query.after.flatMap { position in position.rank.map { ($0, position.id) } }
                if let after, after.0 > rank { continue }
                let startsAfter = after?.0 == rank ? after?.1 ?? Int64.min : Int64.min
                // CROSS JOIN keeps the index as the outer loop, so rows come in its order and the LIMIT stops it.
                let rows = try Row.fetchCursor(
                    db.cachedStatement(
                        sql: """
                            SELECT \(Entity.columns) FROM \(table) t CROSS JOIN entities e ON e.id = t.rowid
                            WHERE \(table) MATCH ? AND t.rowid > ? AND \(filter.sql)
                            ORDER BY t.rowid LIMIT ?
                            """),
                    arguments: StatementArguments([match, startsAfter] + filter.arguments + [limit - hits.count])
                )
                // Each row read where SQLite holds it, not copied first.
                while let row = try rows.next() { hits.append(SearchHit(entity: Entity(row: row), rank: rank)) }
            }
            return hits
        }
    }
}
