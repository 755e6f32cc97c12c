import GRDB

/// Rebuilds the `theme_places` rows of the entities marked stale (see ``Schema/createThemePlaces(_:)``), in
/// two statements for all of them; `place_themes` follows through its triggers.
enum ThemePlaces {
    /// How many sources say that `e` works on `w.dst`.
    private static let sources =
        "(SELECT count(*) FROM edges v WHERE v.src = e.id AND v.relation = 'works_on' AND v.dst = w.dst)"

    static func isStale(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM theme_places_stale)") == true
    }

    static func refresh(_ db: Database) throws {
        guard try isStale(db) else { return }
        try db.execute(
            sql: """
                DELETE FROM theme_places WHERE entity IN (SELECT entity FROM theme_places_stale);
                INSERT OR IGNORE INTO theme_places (theme, country, city, entity, kind, name, sources)
                SELECT w.dst, coalesce(c.country, ''), c.id, e.id, e.kind, e.name, \(sources)
                FROM theme_places_stale s JOIN entities e ON e.id = s.entity
                JOIN edges w ON w.src = e.id AND w.relation = 'works_on'
                JOIN edges x ON x.src = e.id
                    AND \(PlaceFilter.locates("x"))
                JOIN entities c ON c.id = x.dst AND c.kind = 'city';
                INSERT OR IGNORE INTO theme_places (theme, country, city, entity, kind, name, sources)
                SELECT w.dst, e.country, 0, e.id, e.kind, e.name, \(sources)
                FROM theme_places_stale s JOIN entities e ON e.id = s.entity AND e.country IS NOT NULL
                JOIN edges w ON w.src = e.id AND w.relation = 'works_on';
                DELETE FROM theme_places_stale;
                """
        )
    }
}
