import GRDB

/// Rebuilds the `theme_places` rows of the entities marked stale (see ``Schema/createThemePlaces(_:)``), in
/// two statements for all of them; `place_themes` follows through its triggers.
enum ThemePlaces {
    static func refresh(_ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM theme_places_stale)") == true else { return }
        try db.execute(
            sql: """
                DELETE FROM theme_places WHERE entity IN (SELECT entity FROM theme_places_stale);
                INSERT OR IGNORE INTO theme_places (theme, country, city, entity)
                SELECT w.dst, coalesce(c.country, ''), c.id, s.entity FROM theme_places_stale s
                JOIN edges w ON w.src = s.entity AND w.relation = 'works_on'
                JOIN edges x ON x.src = s.entity
                    AND (x.relation = 'based_in' OR x.relation = 'active_in' OR x.relation = 'held_in')
                JOIN entities c ON c.id = x.dst AND c.kind = 'city';
                INSERT OR IGNORE INTO theme_places (theme, country, city, entity)
                SELECT w.dst, e.country, 0, s.entity FROM theme_places_stale s
                JOIN entities e ON e.id = s.entity AND e.country IS NOT NULL
                JOIN edges w ON w.src = s.entity AND w.relation = 'works_on';
                DELETE FROM theme_places_stale;
                """
        )
    }
}
