import GRDB

extension Schema {
    /// Which themes are worked on where: `theme_places` has a row for each entity, theme it works on, and city
    /// it is based, active or held in (with the city's country), and one with city 0 for the entity's own
    /// country; `place_themes` counts the entities per city and theme.
    ///
    /// "Who works on migration in Mexico" is then a range of one index, where joining a theme's 76,000
    /// organizations to a country's 40,000 took 300 ms; and ranking every city by its themes reads one row per
    /// city and theme instead of every located and themed edge. Dated edges are not told apart here: a query
    /// with a time window reads the edges.
    ///
    /// Triggers only mark the entities whose rows may have changed (`theme_places_stale`); ``ThemePlaces``
    /// rebuilds their rows once, at the end of each write transaction. Rebuilding them from triggers on every
    /// edge made a new import twice as slow: each edge statement then changed a score of pages, all of which
    /// SQLite copies to the statement journal.
    static func createThemePlaces(_ db: Database) throws {
        let locating = { (row: String) in
            "(\(row).relation = 'based_in' OR \(row).relation = 'active_in' OR \(row).relation = 'held_in')"
        }
        try db.execute(
            sql: """
                CREATE TABLE theme_places (
                    theme INTEGER NOT NULL,
                    country TEXT NOT NULL,
                    city INTEGER NOT NULL,
                    entity INTEGER NOT NULL,
                    -- What `who` ranks by, so that a whole country's answer is read from this table alone: the
                    -- entity's kind and name, and how many sources say it works on the theme.
                    kind TEXT NOT NULL,
                    name TEXT NOT NULL,
                    sources INTEGER NOT NULL,
                    PRIMARY KEY (theme, country, city, entity)
                ) WITHOUT ROWID;
                CREATE INDEX theme_places_entity ON theme_places(entity);
                CREATE TABLE theme_places_stale (entity INTEGER PRIMARY KEY);

                CREATE TABLE place_themes (
                    city INTEGER NOT NULL,
                    theme INTEGER NOT NULL,
                    entities INTEGER NOT NULL,
                    PRIMARY KEY (city, theme)
                ) WITHOUT ROWID;
                CREATE TRIGGER theme_places_added AFTER INSERT ON theme_places WHEN NEW.city <> 0
                BEGIN
                    INSERT INTO place_themes (city, theme, entities) VALUES (NEW.city, NEW.theme, 1)
                    ON CONFLICT DO UPDATE SET entities = entities + 1;
                END;
                CREATE TRIGGER theme_places_removed AFTER DELETE ON theme_places WHEN OLD.city <> 0
                BEGIN
                    UPDATE place_themes SET entities = entities - 1 WHERE city = OLD.city AND theme = OLD.theme;
                    DELETE FROM place_themes WHERE city = OLD.city AND theme = OLD.theme AND entities = 0;
                END;

                CREATE TRIGGER edges_theme_places_added AFTER INSERT ON edges
                WHEN NEW.relation = 'works_on' OR \(locating("NEW"))
                BEGIN
                    INSERT OR IGNORE INTO theme_places_stale (entity) VALUES (NEW.src);
                END;
                CREATE TRIGGER edges_theme_places_removed AFTER DELETE ON edges
                WHEN OLD.relation = 'works_on' OR \(locating("OLD"))
                BEGIN
                    INSERT OR IGNORE INTO theme_places_stale (entity) VALUES (OLD.src);
                END;
                CREATE TRIGGER entities_theme_places_changed AFTER UPDATE OF country, name, kind ON entities
                WHEN OLD.country IS NOT NEW.country OR OLD.name IS NOT NEW.name OR OLD.kind IS NOT NEW.kind
                BEGIN
                    INSERT OR IGNORE INTO theme_places_stale (entity) VALUES (NEW.id);
                    INSERT OR IGNORE INTO theme_places_stale (entity)
                    SELECT x.src FROM edges x
                    WHERE NEW.kind = 'city' AND OLD.country IS NOT NEW.country AND x.dst = NEW.id AND \(locating("x"));
                END;

                -- Every themed entity is marked; the store rebuilds marked rows when it opens, after all
                -- migrations, so that this one does not depend on what later ones add to the table.
                INSERT INTO theme_places_stale (entity) SELECT DISTINCT src FROM edges WHERE relation = 'works_on';
                """
        )
    }

    /// `theme_places` in the order `who` ranks by, so that who works on one theme in a whole country is the
    /// first rows of one range (an entity's rows for the theme are next to each other: they share its sources
    /// and name). Tallying the range instead read 10,000 rows of a large theme in a country (15 ms); the index
    /// makes the table a fifth larger.
    static func createThemePlacesRank(_ db: Database) throws {
        try db.execute(
            sql: "CREATE INDEX theme_places_rank ON theme_places(theme, country, sources DESC, name, entity, kind)")
    }
}
