import GRDB

/// The database schema, as GRDB migrations. A migration once shipped is never edited: add a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: graph, provenance, search") { db in
            try createGraph(db)
            try createProvenance(db)
            try createIndexes(db)
        }
        migrator.registerMigration("v2: gazetteer") { db in
            try createGazetteer(db)
        }
        migrator.registerMigration("v3: degrees") { db in
            try createDegrees(db)
        }
        migrator.registerMigration("v4: theme places") { db in
            try createThemePlaces(db)
        }
        migrator.registerMigration("v5: theme places ranked") { db in
            try createThemePlacesRank(db)
        }
        migrator.registerMigration("v6: sensitive entities, curated visibility") { db in
            try addCuration(db)
        }
        migrator.registerMigration("v7: partner tokens") { db in
            try createTokens(db)
        }
        migrator.registerMigration("v8: search names and vocabulary") { db in
            try createSearchNames(db)
        }
        migrator.registerMigration("v9: source totals") { db in
            try addSourceTotals(db)
        }
        migrator.registerMigration("v10: what a source's items are") { db in
            try addSourceItems(db)
        }
        migrator.registerMigration("v11: larger full-text buffers") { db in
            try enlargeFullTextBuffers(db)
        }
        migrator.registerMigration("v12: leaner full-text indexes") { db in
            try leanerFullTextIndexes(db)
        }
        return migrator
    }

    private static func createGraph(_ db: Database) throws {
        let kinds = oneOf("kind", EntityKind.allCases.map(\.rawValue))
        let levels = oneOf("visibility", Visibility.allCases.map(\.rawValue))
        try db.execute(
            sql: """
                -- AUTOINCREMENT: an id that partners link to never comes back as another entity.
                CREATE TABLE entities (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (\(kinds)),
                    key TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL CHECK (name <> ''),
                    normalized TEXT NOT NULL,
                    description TEXT,
                    country TEXT CHECK (country IS NULL OR length(country) = 2),
                    region TEXT,
                    lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
                    lon REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
                    website TEXT,
                    status TEXT,
                    starts TEXT,
                    ends TEXT,
                    visibility TEXT NOT NULL DEFAULT 'public' CHECK (\(levels)),
                    wikidata TEXT,
                    geonames INTEGER,
                    extra TEXT
                );
                CREATE INDEX entities_name ON entities(kind, normalized);
                CREATE INDEX entities_country ON entities(country);

                -- Keys of entities merged into another: they keep resolving to the survivor.
                CREATE TABLE entity_keys (
                    key TEXT PRIMARY KEY,
                    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE
                ) WITHOUT ROWID;
                CREATE INDEX entity_keys_entity ON entity_keys(entity_id);

                CREATE TABLE aliases (
                    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                    normalized TEXT NOT NULL,
                    name TEXT NOT NULL,
                    PRIMARY KEY (entity_id, normalized)
                ) WITHOUT ROWID;
                CREATE INDEX aliases_normalized ON aliases(normalized);

                """
        )
    }

    private static func createProvenance(_ db: Database) throws {
        let relations = oneOf("relation", Relation.allCases.map(\.rawValue))
        try db.execute(
            sql: """
                CREATE TABLE sources (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    location TEXT,
                    format TEXT NOT NULL,
                    mode TEXT NOT NULL CHECK (mode = 'snapshot' OR mode = 'append'),
                    etag TEXT,
                    last_modified TEXT,
                    content_hash TEXT,
                    last_error TEXT
                );

                CREATE TABLE runs (
                    id INTEGER PRIMARY KEY,
                    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                    started_at TEXT NOT NULL,
                    added INTEGER NOT NULL DEFAULT 0,
                    updated INTEGER NOT NULL DEFAULT 0,
                    unchanged INTEGER NOT NULL DEFAULT 0,
                    retracted INTEGER NOT NULL DEFAULT 0,
                    removed INTEGER NOT NULL DEFAULT 0,
                    edges_added INTEGER NOT NULL DEFAULT 0,
                    edges_retracted INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX runs_source ON runs(source_id);

                -- One row per source and entity: the attributes it asserted, as canonical JSON. `mention` marks an
                -- entity a source only named in passing (a row's city, a theme); `merged` marks a claim moved over
                -- by a curator's merge. Both rank below the rest when the entity's attributes are derived.
                CREATE TABLE claims (
                    id INTEGER PRIMARY KEY,
                    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                    facts TEXT NOT NULL,
                    mention INTEGER NOT NULL DEFAULT 0,
                    merged INTEGER NOT NULL DEFAULT 0,
                    first_run INTEGER NOT NULL REFERENCES runs(id),
                    last_run INTEGER NOT NULL REFERENCES runs(id),
                    UNIQUE (entity_id, source_id)
                );
                CREATE INDEX claims_source ON claims(source_id, last_run);

                -- One row per edge and source that asserts it: the edge and its provenance in one place, so an
                -- import writes one row per relation. The graph's edges are the distinct (src, relation, dst).
                CREATE TABLE edges (
                    src INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                    relation TEXT NOT NULL CHECK (\(relations)),
                    dst INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                    first_run INTEGER NOT NULL REFERENCES runs(id),
                    last_run INTEGER NOT NULL REFERENCES runs(id),
                    starts TEXT,
                    ends TEXT,
                    CHECK (src <> dst),
                    PRIMARY KEY (src, relation, dst, source_id)
                ) WITHOUT ROWID;
                CREATE INDEX edges_dst ON edges(dst, relation);
                CREATE INDEX edges_source ON edges(source_id, last_run);
                """
        )
    }

    /// `column = 'a' OR column = 'b' ...`: SQLite builds a temporary table for an `IN (...)` list each time a
    /// CHECK with one runs, which made every insert three times slower (measured); comparisons cost nothing.
    private static func oneOf(_ column: String, _ values: [String]) -> String {
        values.map { "\(column) = '\($0)'" }.joined(separator: " OR ")
    }

    private static func createIndexes(_ db: Database) throws {
        // Normalised text goes in, so the tokenizer's own folding only backs ours up.
        try db.execute(
            sql: """
                CREATE VIRTUAL TABLE entity_text USING fts5(
                    name, aliases, description, themes,
                    tokenize = 'unicode61 remove_diacritics 2',
                    prefix = '2 3'
                );
                CREATE VIRTUAL TABLE entity_places USING rtree(id, min_lat, max_lat, min_lon, max_lon);
                """
        )
    }

    /// The world's cities, filled from the bundled file (``GazetteerLoader``) apart from the directory: a city of
    /// the directory points at its place by `entities.geonames`, and takes its names and coordinates from it.
    private static func createGazetteer(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE gazetteer (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    version TEXT NOT NULL,
                    file TEXT NOT NULL,
                    cities INTEGER NOT NULL,
                    names INTEGER NOT NULL
                );
                CREATE TABLE places (
                    geonameid INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    country TEXT NOT NULL,
                    admin1 TEXT NOT NULL,
                    lat REAL NOT NULL,
                    lon REAL NOT NULL,
                    population INTEGER NOT NULL,
                    -- The other names, joined by '|', as the file has them.
                    names TEXT NOT NULL
                );
                -- A band of latitude is few enough cities to find the nearest one: an R*Tree would cost half the
                -- time of loading the gazetteer and save nothing a query would notice.
                CREATE INDEX places_position ON places(lat, lon);
                -- Every name of every place, normalised, with the transliterations people type ("muenchen").
                CREATE TABLE place_names (
                    normalized TEXT NOT NULL,
                    geonameid INTEGER NOT NULL,
                    PRIMARY KEY (normalized, geonameid)
                ) WITHOUT ROWID;
                CREATE TABLE regions (
                    country TEXT NOT NULL,
                    admin1 TEXT NOT NULL,
                    name TEXT NOT NULL,
                    normalized TEXT NOT NULL,
                    PRIMARY KEY (country, admin1)
                ) WITHOUT ROWID;
                CREATE INDEX regions_name ON regions(normalized);
                CREATE INDEX entities_geonames ON entities(geonames);
                """
        )
    }
}
