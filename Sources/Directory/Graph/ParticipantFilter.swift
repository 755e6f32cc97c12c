import GRDB

/// The conditions a ``ConvergenceFilter`` puts on the entities that take part (aliased `e`), on the edges
/// that bring them (`x`, `w`), as SQL with its arguments.
struct ParticipantFilter {
    var conditions: [String] = []
    var arguments: [any DatabaseValueConvertible] = []

    /// - Parameter placeOfEntity: whether the place and country select the entities (campaigns, pairs) or
    ///   are left for the caller to apply to the cities (places).
    init(_ db: Database, _ filter: ConvergenceFilter, placeOfEntity: Bool) throws {
        if let kind = filter.kind {
            conditions.append("e.kind = ?")
            arguments.append(kind.rawValue)
        }
        if let theme = filter.theme {
            let ids = try DirectoryStore.themeIDs(db, theme)
            if ids.isEmpty { throw DirectoryError.unknownTheme(theme) }
            conditions.append(
                "EXISTS (SELECT 1 FROM edges t WHERE t.src = e.id AND t.relation = 'works_on' "
                    + "AND t.dst IN (\(DirectoryStore.list(ids))))")
        }
        if placeOfEntity {
            if let country = filter.country {
                guard let code = Countries.code(for: country) else { throw DirectoryError.unknownPlace(country) }
                conditions.append("e.country = ?")
                arguments.append(code)
            }
            if let place = filter.place {
                let (condition, values) = try PlaceFilter.condition(db, place: place)
                conditions.append(condition)
                arguments += values
            }
        }
        if !filter.window.isUnbounded {
            conditions.append(filter.window.condition("x"))
            conditions.append("(e.kind <> 'event' OR \(filter.window.eventCondition("e")))")
        }
    }

    var sql: String { conditions.isEmpty ? "1" : conditions.joined(separator: " AND ") }
}
