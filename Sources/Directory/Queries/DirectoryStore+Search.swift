import GRDB

extension DirectoryStore {
    /// Finds entities by words and filters, best first.
    ///
    /// Words go through the FTS5 index (bm25, names weighing most, then aliases, themes, descriptions).
    ///
    /// - Throws: ``DirectoryError/unknownPlace(_:)`` when `place` or `country` names nothing known,
    ///   ``DirectoryError/unknownTheme(_:)`` when `theme` does; for `near`, what ``near(_:)`` throws.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        try read { db in
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            let words = Normalizer.words(query.text)
            var from = "entities e"
            var rank = "NULL"
            if !words.isEmpty {
                from = "entity_text JOIN entities e ON e.id = entity_text.rowid"
                conditions.append("entity_text MATCH ?")
                arguments.append(words.map { "\"\($0)\"*" }.joined(separator: " "))
                rank = "bm25(entity_text, 10.0, 5.0, 1.0, 2.0)"
            }
            if let kind = query.kind {
                conditions.append("e.kind = ?")
                arguments.append(kind.rawValue)
            }
            if let country = query.country {
                guard let code = Countries.code(for: country) else { throw DirectoryError.unknownPlace(country) }
                conditions.append("e.country = ?")
                arguments.append(code)
            }
            if let theme = query.theme {
                let ids = try Self.themeIDs(db, theme)
                if ids.isEmpty { throw DirectoryError.unknownTheme(theme) }
                conditions.append(
                    "e.id IN (SELECT src FROM edges WHERE relation = 'works_on' AND dst IN (\(Self.list(ids))))")
            }
            if let place = query.place {
                let (condition, values) = try PlaceFilter.condition(db, place: place)
                conditions.append(condition)
                arguments.append(contentsOf: values)
            }
            if let near = query.near {
                let center = try Self.center(db, near.place)
                let ids = try Self.nearest(db, center, kilometres: near.kilometres, kind: query.kind).keys
                conditions.append("e.id IN (SELECT value FROM json_each(?))")
                arguments.append("[" + ids.map(String.init).joined(separator: ",") + "]")
            }
            if !query.window.isUnbounded {
                conditions.append(
                    "(e.kind = 'event' AND \(query.window.eventCondition("e")) OR e.kind <> 'event' AND \(query.window.condition("e")))"
                )
            }
            if let after = query.after {
                if words.isEmpty {
                    conditions.append("(e.name, e.id) > (?, ?)")
                    arguments += [after.name, after.id]
                } else {
                    conditions.append("(\(rank), e.name, e.id) > (?, ?, ?)")
                    arguments += [after.rank ?? -Double.infinity, after.name, after.id]
                }
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let order = words.isEmpty ? "e.name, e.id" : "rank, e.name, e.id"
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT \(Entity.columns), \(rank) AS rank FROM \(from) \(filter) ORDER BY \(order) LIMIT ?",
                arguments: StatementArguments(arguments + [max(0, query.limit)])
            )
            return rows.map { SearchHit(entity: Entity(row: $0), rank: $0["rank"]) }
        }
    }
}
