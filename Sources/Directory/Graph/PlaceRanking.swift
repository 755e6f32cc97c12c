import GRDB

/// The cities where the most themes meet, from the counts that `place_themes` keeps per city and theme: one
/// row per city and theme, where counting from the edges read every located and every themed edge of the
/// graph. Ties at the cut are broken by how many entities bring the themes, counted for the tied cities only.
struct PlaceRanking {
    let db: Database

    /// Up to `limit` cities with at least `minThemes` themes, most first (in no particular order: the caller
    /// ranks them with their details); in the country when one is given.
    func top(_ limit: Int, minThemes: Int, country: String?) throws -> [Int64] {
        guard limit > 0 else { return [] }
        let inCountry = country == nil ? "" : "JOIN entities c ON c.id = t.city AND c.country = ?"
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT t.city, count(*) AS themes FROM place_themes t \(inCountry)
                GROUP BY t.city HAVING themes >= ? ORDER BY themes DESC
                """,
            arguments: StatementArguments((country.map { [$0] } ?? []) + [minThemes])
        )
        let ranked = rows.map { (city: $0["city"] as Int64, themes: $0["themes"] as Int) }
        guard ranked.count > limit else { return ranked.map(\.city) }
        let cut = ranked[limit - 1].themes
        let sure = ranked.prefix { $0.themes > cut }.map(\.city)
        let tied = try ranked.filter { $0.themes == cut }.map { city, _ in
            (city: city, entities: try entities(in: city))
        }
        let chosen = tied.sorted { ($1.entities, $0.city) < ($0.entities, $1.city) }.prefix(limit - sure.count)
        return sure + chosen.map(\.city)
    }

    private func entities(in city: Int64) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT count(DISTINCT x.src) FROM edges x
                    WHERE x.dst = ? AND \(PlaceFilter.locates("x"))
                        AND EXISTS (SELECT 1 FROM edges w WHERE w.src = x.src AND w.relation = 'works_on')
                    """),
            arguments: [city]) ?? 0
    }
}
