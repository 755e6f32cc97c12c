import GRDB

extension DirectoryStore {
    /// The entities that work on every theme asked for, in the place when one is given, best supported first
    /// (the most edge assertions, from the most sources), each with the edges that qualify it.
    ///
    /// - Throws: ``DirectoryError/unknownTheme(_:)``, ``DirectoryError/unknownPlace(_:)``.
    public func who(_ query: WhoQuery) throws -> [WhoHit] {
        try read { db in
            let themes = try query.themes.map { name in
                let ids = try Self.themeIDs(db, name)
                if ids.isEmpty { throw DirectoryError.unknownTheme(name) }
                return ids
            }
            guard !themes.isEmpty else { return [] }
            let reaches = try themes.map { try Self.reach($0, db) }
            let rarest = themes[reaches.indices.min { reaches[$0] < reaches[$1] } ?? 0]
            let window = query.window.condition("w")
            // Without a time window, whatever drives the query already works on the rarest theme.
            let checked = query.window.isUnbounded ? themes.filter { $0 != rarest } : themes
            var conditions = checked.map { ids in
                "EXISTS (SELECT 1 FROM edges w WHERE w.src = e.id AND w.relation = 'works_on' "
                    + "AND w.dst IN (\(Self.list(ids))) AND \(window))"
            }
            var arguments: [any DatabaseValueConvertible] = []
            if let kind = query.kind {
                conditions.append("e.kind = ?")
                arguments.append(kind.rawValue)
            }
            var placed: [Int64] = []
            var driver = "SELECT src FROM edges WHERE relation = 'works_on' AND dst IN (\(Self.list(rarest)))"
            if let place = query.place {
                let meaning = try PlaceFilter.meaning(db, place: place)
                let (condition, values) = try PlaceFilter.condition(meaning, place: place)
                placed = meaning.cities
                if query.window.isUnbounded, placed.isEmpty, let country = meaning.country {
                    let ids = try Self.inCountry(db, themes, country: country, kind: query.kind, limit: query.limit)
                    return try Self.hits(db, ids, themes: themes.flatMap { $0 }, cities: [], query.window)
                }
                if query.window.isUnbounded {
                    // Who works on the rarest theme in the place is one range of `theme_places`; it says nothing
                    // of dates, so a time window reads the edges instead.
                    let (inPlace, placeValues) = Self.themePlaces(rarest, meaning)
                    driver = inPlace
                    arguments = placeValues + arguments
                } else {
                    conditions.append(condition)
                    arguments += values
                    if meaning.country == nil, !placed.isEmpty, try Self.located(placed, db) < reaches.min() ?? 0 {
                        driver =
                            "SELECT src FROM edges WHERE relation IN (\(Self.locatingList)) AND dst IN (\(Self.list(placed)))"
                    }
                }
            }
            let all = themes.flatMap { $0 }
            // The rank is counted in SQL, so that only the entities shown have their edges read.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Entity.columns), (
                        SELECT count(*) FROM edges q WHERE q.src = e.id AND \(query.window.condition("q"))
                            AND ((q.relation = 'works_on' AND q.dst IN (\(Self.list(all))))
                                OR (q.relation IN (\(Self.locatingList)) AND q.dst IN (\(Self.list(placed)))))
                    ) AS support
                    FROM entities e
                    WHERE e.id IN (\(driver))
                        AND \(conditions.isEmpty ? "1" : conditions.joined(separator: " AND "))
                    ORDER BY support DESC, e.name, e.id LIMIT ?
                    """,
                arguments: StatementArguments(arguments + [max(0, query.limit)])
            )
            return try rows.map { row in
                try Self.hit(db, Entity(row: row), themes: all, cities: placed, query.window)
            }
        }
    }

    /// Who works on every theme in a whole country, best supported first, read from `theme_places` alone: its
    /// rows carry the kind, the name and the sources that `who` ranks by. They are tallied here: SQLite's
    /// DISTINCT and GROUP BY over the 10,000 rows of a large theme in a country sorted them twice (27 ms).
    private static func inCountry(
        _ db: Database, _ themes: [[Int64]], country: String, kind: EntityKind?, limit: Int
    ) throws -> [Int64] {
        if themes.count == 1, let theme = themes[0].first, themes[0].count == 1 {
            return try ranked(db, theme: theme, country: country, kind: kind, limit: limit)
        }
        struct Tally {
            var name = ""
            var sources: [Int64: Int] = [:]
        }
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT entity, name, theme, sources FROM theme_places
                WHERE theme IN (\(list(themes.flatMap { $0 }))) AND country = ? \(kind == nil ? "" : "AND kind = ?")
                """,
            arguments: StatementArguments([country] + (kind.map { [$0.rawValue] } ?? [])))
        var tallies: [Int64: Tally] = [:]
        while let row = try rows.next() {
            let entity: Int64 = row[0]
            tallies[entity, default: Tally(name: row[1])].sources[row[2]] = row[3]
        }
        let ranked = tallies.filter { _, tally in
            themes.allSatisfy { group in group.contains { tally.sources[$0] != nil } }
        }.map { (entity: $0.key, name: $0.value.name, support: $0.value.sources.values.reduce(0, +)) }
        // By name as SQLite orders text (bytes of UTF-8), like the answers read from the edges.
        return ranked.sorted {
            if $0.support != $1.support { return $0.support > $1.support }
            if $0.name != $1.name { return $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
            return $0.entity < $1.entity
        }.prefix(max(0, limit)).map(\.entity)
    }

    /// Who works on one theme in a country, best supported first: the first entities of its range of
    /// `theme_places_rank`, read in order until `limit` distinct ones are found.
    private static func ranked(
        _ db: Database, theme: Int64, country: String, kind: EntityKind?, limit: Int
    ) throws -> [Int64] {
        let rows = try Int64.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT entity FROM theme_places
                    WHERE theme = ? AND country = ? AND (?3 IS NULL OR kind = ?3)
                    ORDER BY sources DESC, name, entity
                    """),
            arguments: [theme, country, kind?.rawValue])
        var seen: Set<Int64> = []
        var ranked: [Int64] = []
        while ranked.count < limit, let entity = try rows.next() {
            if seen.insert(entity).inserted { ranked.append(entity) }
        }
        return ranked
    }

    private static func hits(
        _ db: Database, _ ids: [Int64], themes: [Int64], cities: [Int64], _ window: TimeWindow
    ) throws -> [WhoHit] {
        try ids.compactMap { id in
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT \(Entity.columns) FROM entities e WHERE e.id = ?"), arguments: [id])
            return try row.map { try hit(db, Entity(row: $0), themes: themes, cities: cities, window) }
        }
    }

    private static func hit(
        _ db: Database, _ entity: Entity, themes: [Int64], cities: [Int64], _ window: TimeWindow
    ) throws -> WhoHit {
        let edges = try qualifying(db, entity.id, themes: themes, cities: cities, window)
        return WhoHit(entity: entity, edges: edges, support: edges.reduce(0) { $0 + $1.sources.count })
    }

    private static let locatingList = PlaceFilter.locating.map { "'\($0.rawValue)'" }.joined(separator: ",")

    /// Themes known by the name or an alias.
    static func themeIDs(_ db: Database, _ name: String) throws -> [Int64] {
        try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM entities WHERE kind = 'theme' AND normalized = ?1
                UNION SELECT a.entity_id FROM aliases a JOIN entities t ON t.id = a.entity_id
                WHERE a.normalized = ?1 AND t.kind = 'theme'
                """,
            arguments: [Normalizer.normalize(name)]
        )
    }

    /// About how many entities work on the themes (their links): the cost of starting from them.
    private static func reach(_ themes: [Int64], _ db: Database) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT sum(links) FROM entity_degrees WHERE entity_id IN (\(list(themes)))") ?? 0
    }

    /// The entities that work on one of the themes in the place (the cities it means, or its country), and
    /// the place's cities themselves when they do.
    private static func themePlaces(
        _ themes: [Int64], _ meaning: PlaceFilter.Meaning
    ) -> (String, [any DatabaseValueConvertible]) {
        var parts: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if !meaning.cities.isEmpty {
            let cities = list(meaning.cities)
            parts.append(
                """
                SELECT p.entity FROM entities c JOIN theme_places p ON p.theme IN (\(list(themes)))
                    AND p.country = coalesce(c.country, '') AND p.city = c.id
                WHERE c.id IN (\(cities))
                """)
            parts.append(
                "SELECT src FROM edges WHERE src IN (\(cities)) AND relation = 'works_on' AND dst IN (\(list(themes)))")
        }
        if let country = meaning.country {
            parts.append("SELECT entity FROM theme_places WHERE theme IN (\(list(themes))) AND country = ?")
            arguments.append(country)
        }
        return (parts.isEmpty ? "SELECT NULL WHERE 0" : parts.joined(separator: " UNION "), arguments)
    }

    /// How many entities are based, active or held in the cities.
    private static func located(_ cities: [Int64], _ db: Database) throws -> Int {
        try Int.fetchOne(
            db,
            sql: "SELECT count(*) FROM edges WHERE relation IN (\(locatingList)) AND dst IN (\(list(cities)))"
        ) ?? 0
    }

    static func list(_ ids: [Int64]) -> String {
        ids.map(String.init).joined(separator: ",")
    }

    /// The entity's edges to the themes, and to the cities of the place.
    private static func qualifying(
        _ db: Database, _ id: Int64, themes: [Int64], cities: [Int64], _ window: TimeWindow
    ) throws -> [WhoHit.QualifyingEdge] {
        let targets = list(themes + cities)
        let relations = (["works_on"] + PlaceFilter.locating.map(\.rawValue)).map { "'\($0)'" }.joined(separator: ",")
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT w.relation, t.id, t.kind, t.name, t.country, group_concat(s.name, char(31)) AS sources
                    FROM edges w JOIN entities t ON t.id = w.dst JOIN sources s ON s.id = w.source_id
                    WHERE w.src = ? AND w.dst IN (\(targets)) AND w.relation IN (\(relations))
                        AND \(window.condition("w"))
                    GROUP BY w.relation, w.dst ORDER BY w.relation DESC, t.name
                    """),
            arguments: [id]
        )
        return rows.compactMap { row in
            guard let relation = Relation(rawValue: row["relation"]) else { return nil }
            let sources = (row["sources"] as String? ?? "").split(separator: "\u{1F}").map(String.init)
            return WhoHit.QualifyingEdge(
                relation: relation, label: relation.label,
                entity: EntityRef(
                    id: row["id"], kind: EntityKind(rawValue: row["kind"]) ?? .theme, name: row["name"],
                    country: row["country"]),
                sources: Array(Set(sources)).sorted())
        }
    }
}
