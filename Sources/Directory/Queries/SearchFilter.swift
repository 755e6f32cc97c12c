import GRDB

/// A search's filters as SQL conditions on `entities e`, with every value an argument: the statement is the
/// same for every value, so each reader connection keeps it prepared.
struct SearchFilter {
    private(set) var conditions: [String] = []
    private(set) var arguments: [any DatabaseValueConvertible] = []

    /// - Throws: ``DirectoryError/unknownPlace(_:)`` when `place` or `country` names nothing known,
    ///   ``DirectoryError/unknownTheme(_:)`` when `theme` does; for `near`, what ``DirectoryStore/near(_:)``
    ///   throws.
    init(_ db: Database, _ query: SearchQuery) throws {
        if let kind = query.kind {
            add("e.kind = ?", kind.rawValue)
        }
        if let country = query.country {
            guard let code = Countries.code(for: country) else { throw DirectoryError.unknownPlace(country) }
            add("e.country = ?", code)
        }
        if let theme = query.theme {
            let ids = try DirectoryStore.themeIDs(db, theme)
            if ids.isEmpty { throw DirectoryError.unknownTheme(theme) }
            add(
                "e.id IN (SELECT src FROM edges WHERE relation = 'works_on' AND dst IN (SELECT value FROM json_each(?)))",
                "[" + ids.map(String.init).joined(separator: ",") + "]")
        }
        if let place = query.place {
            let (condition, values) = try PlaceFilter.condition(db, place: place)
            conditions.append(condition)
            arguments.append(contentsOf: values)
        }
        if let near = query.near {
            let center = try DirectoryStore.center(db, near.place)
            let ids = try DirectoryStore.nearest(db, center, kilometres: near.kilometres, kind: query.kind).keys
            add("e.id IN (SELECT value FROM json_each(?))", "[" + ids.map(String.init).joined(separator: ",") + "]")
        }
        if !query.window.isUnbounded {
            add(
                "(e.kind = 'event' AND \(query.window.eventCondition("e")) OR e.kind <> 'event' AND \(query.window.condition("e")))"
            )
        }
    }

    mutating func add(_ condition: String, _ values: any DatabaseValueConvertible...) {
        conditions.append(condition)
        arguments.append(contentsOf: values)
    }

    /// `AND`-joined conditions, "1" when there are none.
    var sql: String { conditions.isEmpty ? "1" : conditions.joined(separator: " AND ") }
}
