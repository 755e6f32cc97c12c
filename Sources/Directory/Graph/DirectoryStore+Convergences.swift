import Foundation
import GRDB

extension DirectoryStore {
    /// Places ranked by how many distinct themes meet there (worked on by what is based, active or held
    /// there), then by how many entities bring them; with the entities per theme. `filter.place` and
    /// `filter.country` select the cities, the other filters the entities.
    public func convergingPlaces(_ filter: ConvergenceFilter, minThemes: Int = 1) throws -> [PlaceConvergence] {
        try read { db in
            var rows: [Int64: [Int64: Set<Int64>]]
            if filter.kind == nil && filter.theme == nil && filter.place == nil && filter.window.isUnbounded {
                // The whole graph (or a country): rank from the counts kept per city and theme, and read the
                // details of the top only.
                let code = try filter.country.map { country in
                    guard let code = Countries.code(for: country) else { throw DirectoryError.unknownPlace(country) }
                    return code
                }
                let top = try PlaceRanking(db: db).top(filter.limit, minThemes: minThemes, country: code)
                rows = try placeRows(db, filter, themes: nil, cities: top)
            } else {
                rows = try placeRows(db, filter, themes: nil).filter { $0.value.count >= minThemes }
            }
            let ranked = rank(rows).prefix(max(0, filter.limit))
            let refs = try References(db, ids: ranked.flatMap { [$0.key] + $0.value.keys + Self.ids(in: $0.value) })
            return ranked.map {
                PlaceConvergence(
                    city: refs[$0.key], themes: groups($0.value, refs), entities: Self.ids(in: $0.value).count)
            }
        }
    }

    /// The places and campaigns where every one of the themes is present.
    public func convergences(of themes: [String], _ filter: ConvergenceFilter) throws -> ThemeConvergence {
        try read { db in
            let wanted = try themes.map { name in
                let ids = try Self.themeIDs(db, name)
                if ids.isEmpty { throw DirectoryError.unknownTheme(name) }
                return ids
            }
            let all = wanted.flatMap { $0 }
            func coversAll(_ found: [Int64: Set<Int64>]) -> Bool {
                wanted.allSatisfy { ids in ids.contains { found[$0] != nil } }
            }
            let places = rank(try placeRows(db, filter, themes: all).filter { coversAll($0.value) })
                .prefix(max(0, filter.limit))
            let campaigns = rank(try campaignRows(db, filter, themes: all).filter { coversAll($0.value.themes) })
                .prefix(max(0, filter.limit))
            let ids =
                all + places.flatMap { [$0.key] + $0.value.keys + Self.ids(in: $0.value) }
                + campaigns.flatMap { [$0.key] + Array($0.value.participants) + Array($0.value.themes.keys) }
            let refs = try References(db, ids: ids)
            return ThemeConvergence(
                themes: wanted.compactMap { $0.first.map { refs[$0] } },
                places: places.map {
                    PlaceConvergence(
                        city: refs[$0.key], themes: groups($0.value, refs), entities: Self.ids(in: $0.value).count)
                },
                campaigns: campaigns.map { campaign($0.key, $0.value, refs) }
            )
        }
    }

    /// Campaigns ranked by how many themes, then countries, they bring together.
    public func convergingCampaigns(_ filter: ConvergenceFilter) throws -> [CampaignConvergence] {
        try read { db in
            // Ranked from counts first, and only the top read in full: holding every campaign's participants
            // and their themes took 740 MB on a million entities.
            var tallies: [Int64: CampaignTally] = [:]
            try forEachCampaignRow(db, filter, themes: nil, campaigns: nil) { campaign, entity, country, theme in
                tallies[campaign, default: CampaignTally()].add(isCampaign: entity == campaign, country, theme)
            }
            let top = tallies.filter(\.value.counts).sorted {
                ($1.value.themes.count, $1.value.countries.count, $0.key) < (
                    $0.value.themes.count, $0.value.countries.count, $1.key
                )
            }.prefix(max(0, filter.limit)).map(\.key)
            let rows = try campaignRows(db, filter, themes: nil, campaigns: top)
            let ranked = top.compactMap { id in rows[id].map { (key: id, value: $0) } }
            let refs = try References(
                db,
                ids: ranked.flatMap {
                    [$0.key] + Array($0.value.participants) + Self.ids(in: $0.value.themes)
                        + Array($0.value.themes.keys)
                })
            return ranked.map { campaign($0.key, $0.value, refs) }
        }
    }

    /// Pairs of entities (of `filter.kind`, organizations by default) that share the most campaigns, places
    /// and themes, by Adamic-Adar. Neighbours joining more than `maxDegree` entities are left out: they
    /// weigh least and would make every pair.
    public func convergingPairs(_ filter: ConvergenceFilter, maxDegree: Int = 1000) throws -> [PairConvergence] {
        var filter = filter
        filter.kind = filter.kind ?? .organization
        let limit = filter.limit
        return try read { db in
            let participants = try ParticipantFilter(db, filter, placeOfEntity: true)
            let relations = ["supports", "member_of", "organizes", "based_in", "active_in", "held_in", "works_on"]
            let pairs = """
                SELECT DISTINCT x.dst AS neighbor, x.src AS entity FROM edges x JOIN entities e ON e.id = x.src
                WHERE (\(relations.map { "x.relation = '\($0)'" }.joined(separator: " OR ")))
                    AND \(participants.sql)
                """
            // Counted in SQL before anything is read into memory: the pairings grow with the square of a
            // neighbour's degree.
            let pairings =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT coalesce(sum(n * (n - 1) / 2), 0) FROM (
                            SELECT count(*) AS n FROM (\(pairs)) GROUP BY neighbor
                        ) WHERE n <= ?
                        """,
                    arguments: StatementArguments(participants.arguments + [maxDegree])
                ) ?? 0
            guard pairings <= Self.maxPairings else {
                throw DirectoryError.tooBroad(
                    "\(pairings) pairings of shared neighbours; narrow it with --kind, --theme, --country or --in, "
                        + "or lower --max-degree")
            }
            // Only neighbours that make pairs and are not hubs are read.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    WITH p AS (\(pairs)),
                        kept AS (SELECT neighbor FROM p GROUP BY neighbor HAVING count(*) BETWEEN 2 AND ?)
                    SELECT neighbor, entity FROM p WHERE neighbor IN kept ORDER BY neighbor, entity
                    """,
                arguments: StatementArguments(participants.arguments + [maxDegree]))
            var members: [Int64: [Int64]] = [:]
            for row in rows { members[row["neighbor"], default: []].append(row["entity"]) }
            struct Pair: Hashable { var first: Int64, second: Int64 }
            var scores: [Pair: (score: Double, shared: [Int64])] = [:]
            for (neighbor, entities) in members {
                let weight = 1 / log(Double(entities.count))
                for (index, first) in entities.enumerated() {
                    for second in entities[(index + 1)...] {
                        let pair = Pair(first: min(first, second), second: max(first, second))
                        scores[pair, default: (0, [])].score += weight
                        scores[pair, default: (0, [])].shared.append(neighbor)
                    }
                }
            }
            let ranked = scores.sorted {
                ($1.value.score, $0.key.first, $0.key.second) < ($0.value.score, $1.key.first, $1.key.second)
            }.prefix(max(0, limit))
            let refs = try References(db, ids: ranked.flatMap { [$0.key.first, $0.key.second] + $0.value.shared })
            return ranked.map { pair, value in
                let shared = value.shared.map { neighbor in
                    let degree = members[neighbor]?.count ?? 2
                    return PairConvergence.SharedNeighbor(
                        entity: refs[neighbor], degree: degree, weight: 1 / log(Double(degree)))
                }.sorted { ($1.weight, $0.entity.name) < ($0.weight, $1.entity.name) }
                return PairConvergence(
                    first: refs[pair.first], second: refs[pair.second], score: value.score, shared: shared)
            }
        }
    }

    /// How many pairings (two entities under one neighbour) a pairs question may weigh: each is kept in
    /// memory until the best are chosen, so this bounds the memory of the question (about 100 MB).
    static let maxPairings = 2_000_000

    // MARK: - Rows

    /// City → theme → the entities there that work on it.
    private func placeRows(
        _ db: Database, _ filter: ConvergenceFilter, themes: [Int64]?, cities: [Int64]? = nil
    ) throws -> [Int64: [Int64: Set<Int64>]] {
        let participants = try ParticipantFilter(db, filter, placeOfEntity: false)
        var conditions = [participants.sql, filter.window.condition("w")]
        if let cities { conditions.append("x.dst IN (\(Self.list(cities)))") }
        var arguments = participants.arguments
        if let place = filter.place {
            let cities = try PlaceFilter.cities(db, place: place)
            let country = Countries.code(for: place)
            if cities.isEmpty && country == nil { throw DirectoryError.unknownPlace(place) }
            var parts = cities.isEmpty ? [] : ["x.dst IN (\(Self.list(cities)))"]
            if let country {
                parts.append("c.country = ?")
                arguments.append(country)
            }
            conditions.append("(" + parts.joined(separator: " OR ") + ")")
        }
        if let country = filter.country {
            guard let code = Countries.code(for: country) else { throw DirectoryError.unknownPlace(country) }
            conditions.append("c.country = ?")
            arguments.append(code)
        }
        if let themes { conditions.append("w.dst IN (\(Self.list(themes)))") }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT x.dst AS city, w.dst AS theme, x.src AS entity
                FROM edges x JOIN entities c ON c.id = x.dst JOIN entities e ON e.id = x.src
                JOIN edges w ON w.src = x.src AND w.relation = 'works_on'
                WHERE \(PlaceFilter.locates("x"))
                    AND c.kind = 'city' AND \(conditions.joined(separator: " AND "))
                """,
            arguments: StatementArguments(arguments)
        )
        var result: [Int64: [Int64: Set<Int64>]] = [:]
        for row in rows { result[row["city"], default: [:]][row["theme"], default: []].insert(row["entity"]) }
        return result
    }

    private struct CampaignRow {
        var themes: [Int64: Set<Int64>] = [:]
        var countries: Set<String> = []
        var participants: Set<Int64> = []
    }

    /// What a campaign is ranked by, without who brings it.
    private struct CampaignTally {
        var themes: Set<Int64> = []
        var countries: Set<String> = []
        var hasParticipants = false

        /// Whether it is shown at all: someone takes part, or it works on a theme itself.
        var counts: Bool { hasParticipants || !themes.isEmpty }

        mutating func add(isCampaign: Bool, _ country: String?, _ theme: Int64?) {
            if !isCampaign {
                hasParticipants = true
                if let country { countries.insert(country) }
            }
            if let theme { themes.insert(theme) }
        }
    }

    /// Campaign → its participants (supporters, members, organizers, organizers of its events), their themes
    /// and countries; a campaign's own themes count as brought by itself.
    private func campaignRows(
        _ db: Database, _ filter: ConvergenceFilter, themes: [Int64]?, campaigns: [Int64]? = nil
    ) throws -> [Int64: CampaignRow] {
        var result: [Int64: CampaignRow] = [:]
        try forEachCampaignRow(db, filter, themes: themes, campaigns: campaigns) { campaign, entity, country, theme in
            if entity != campaign {
                result[campaign, default: CampaignRow()].participants.insert(entity)
                if let country { result[campaign, default: CampaignRow()].countries.insert(country) }
            }
            if let theme { result[campaign, default: CampaignRow()].themes[theme, default: []].insert(entity) }
        }
        return result.filter { !$0.value.participants.isEmpty || !$0.value.themes.isEmpty }
    }

    /// Each (campaign, entity taking part or the campaign itself, the entity's country, a theme it works on or
    /// nil), of the `campaigns` when given, read one row at a time.
    private func forEachCampaignRow(
        _ db: Database, _ filter: ConvergenceFilter, themes: [Int64]?, campaigns: [Int64]?,
        _ body: (_ campaign: Int64, _ entity: Int64, _ country: String?, _ theme: Int64?) throws -> Void
    ) throws {
        let participants = try ParticipantFilter(db, filter, placeOfEntity: true)
        let themeCondition = themes.map { "w.dst IN (\(Self.list($0)))" } ?? "1"
        let campaignCondition = campaigns.map { "c.id IN (\(Self.list($0)))" } ?? "1"
        let rows = try Row.fetchCursor(
            db,
            sql: """
                WITH taking(campaign, entity) AS (
                    SELECT x.dst, x.src FROM edges x JOIN entities c ON c.id = x.dst JOIN entities e ON e.id = x.src
                    WHERE c.kind = 'campaign' AND \(campaignCondition) AND (x.relation = 'supports'
                        OR x.relation = 'member_of' OR x.relation = 'organizes') AND \(participants.sql)
                    UNION
                    SELECT p.dst, x.src FROM edges p JOIN entities c ON c.id = p.dst
                    JOIN edges x ON x.dst = p.src AND x.relation = 'organizes' JOIN entities e ON e.id = x.src
                    WHERE p.relation = 'part_of' AND c.kind = 'campaign' AND \(campaignCondition)
                        AND \(participants.sql)
                    UNION
                    SELECT c.id, c.id FROM entities c WHERE c.kind = 'campaign' AND \(campaignCondition)
                )
                SELECT t.campaign, t.entity, e.country, w.dst AS theme
                FROM taking t JOIN entities e ON e.id = t.entity
                LEFT JOIN edges w ON w.src = t.entity AND w.relation = 'works_on' AND \(themeCondition)
                """,
            arguments: StatementArguments(participants.arguments + participants.arguments)
        )
        while let row = try rows.next() {
            try body(row[0], row[1], row[2], row[3])
        }
    }

    // MARK: - Shaping

    /// Most themes first, then most entities, then by id.
    private func rank(_ rows: [Int64: [Int64: Set<Int64>]]) -> [(key: Int64, value: [Int64: Set<Int64>])] {
        rows.map { (key: $0.key, value: $0.value) }.sorted {
            ($1.value.count, Self.ids(in: $1.value).count, $0.key) < (
                $0.value.count, Self.ids(in: $0.value).count, $1.key
            )
        }
    }

    private func rank(_ rows: [Int64: CampaignRow]) -> [(key: Int64, value: CampaignRow)] {
        rows.map { (key: $0.key, value: $0.value) }.sorted {
            ($1.value.themes.count, $1.value.countries.count, $0.key) < (
                $0.value.themes.count, $0.value.countries.count, $1.key
            )
        }
    }

    private static func ids(in themes: [Int64: Set<Int64>]) -> Set<Int64> {
        themes.values.reduce(into: Set<Int64>()) { $0.formUnion($1) }
    }

    private func groups(_ themes: [Int64: Set<Int64>], _ refs: References) -> [ThemeGroup] {
        themes.map { theme, entities in
            ThemeGroup(theme: refs[theme], entities: entities.map { refs[$0] }.sorted { $0.name < $1.name })
        }.sorted { ($1.entities.count, $0.theme.name) < ($0.entities.count, $1.theme.name) }
    }

    private func campaign(_ id: Int64, _ row: CampaignRow, _ refs: References) -> CampaignConvergence {
        CampaignConvergence(
            campaign: refs[id], themes: groups(row.themes, refs), countries: row.countries.sorted(),
            participants: row.participants.map { refs[$0] }.sorted { $0.name < $1.name })
    }
}

/// The entities an answer names, read in one query.
struct References {
    private var byID: [Int64: EntityRef] = [:]

    init(_ db: Database, ids: some Sequence<Int64>) throws {
        let list = "[" + Set(ids).map(String.init).joined(separator: ",") + "]"
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, kind, name, country FROM entities WHERE id IN (SELECT value FROM json_each(?))",
            arguments: [list])
        for row in rows {
            byID[row["id"]] = EntityRef(
                id: row["id"], kind: EntityKind(rawValue: row["kind"]) ?? .organization, name: row["name"],
                country: row["country"])
        }
    }

    /// The ids come from the same read transaction as the rows that named them, so each is found; an id that
    /// were not would still show as its number rather than stop the answer.
    subscript(id: Int64) -> EntityRef {
        byID[id] ?? EntityRef(id: id, kind: .organization, name: "#\(id)", country: nil)
    }
}
