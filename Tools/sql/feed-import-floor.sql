-- The floor for importing a feed into Sanctuary's schema: the rows `sanctuary import` wrote for the feed,
-- copied set-wise by SQLite alone into the directory as it was before the import. No parsing, no Swift, no
-- per-row statement, nothing computed: what writing those rows costs SQLite, with the same foreign keys,
-- triggers, indexes and full-text tables. Run by Tools/feed-import-floor.sh, which puts in place of :imported
-- the database after the import, of :source the feed's source id and of :last the highest entity id before it.
PRAGMA foreign_keys = ON;
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -65536;
ATTACH ':imported' AS imported;
.timer on
BEGIN;
INSERT INTO sources SELECT * FROM imported.sources WHERE id = :source;
INSERT INTO runs SELECT * FROM imported.runs WHERE source_id = :source;
INSERT INTO entities SELECT * FROM imported.entities WHERE id > :last;
INSERT INTO entity_keys SELECT * FROM imported.entity_keys WHERE entity_id > :last;
INSERT INTO aliases SELECT * FROM imported.aliases WHERE entity_id > :last;
INSERT INTO claims SELECT * FROM imported.claims WHERE source_id = :source;
INSERT INTO edges SELECT * FROM imported.edges WHERE source_id = :source;
INSERT INTO entity_text (rowid, name, aliases, description, themes)
SELECT rowid, name, aliases, description, themes FROM imported.entity_text WHERE rowid > :last;
INSERT INTO entity_names (rowid, names) SELECT rowid, names FROM imported.entity_names WHERE rowid > :last;
INSERT OR IGNORE INTO search_terms SELECT term FROM imported.search_terms;
INSERT INTO entity_places SELECT * FROM imported.entity_places WHERE id > :last;
COMMIT;
