-- The floor for an import into Sanctuary's schema: the same tables built set-wise by SQLite alone, with no
-- Swift, no per-row statements and simplified identity (lower-case names, websites stripped by replace()).
-- Run by Tools/set-based-floor.sh, which puts the list's path in place of :list.
PRAGMA foreign_keys = ON;
PRAGMA cache_size = -65536;
.timer on
BEGIN;
INSERT INTO sources (id, name, format, mode) VALUES (1, 'orgs', 'csv', 'snapshot');
INSERT INTO runs (id, source_id, started_at) VALUES (1, 1, '2026-11-29T00:00:00Z');
CREATE TABLE staging (name, city, country, themes, website, campaigns, member_of, description, lat, lon, starts, extra);
.import --csv --skip 1 :list staging
-- keys: website host as written (a stand-in for WebAddress), else org:name:country
CREATE TEMP TABLE rows AS
SELECT rowid AS line, *, lower(trim(name)) AS norm,
       CASE WHEN website <> '' THEN lower(replace(replace(replace(rtrim(website, '/'), 'https://', ''), 'http://', ''), 'www.', ''))
            ELSE 'org:' || lower(trim(name)) || ':' || lower(country) END AS key
FROM staging WHERE name <> '' AND extra IS NULL;
INSERT OR IGNORE INTO entities (kind, key, name, normalized, description, country, website, visibility)
SELECT 'organization', key, name, norm, nullif(description, ''), upper(substr(country, 1, 2)), nullif(website, ''), 'public'
FROM temp.rows ORDER BY key;
INSERT OR IGNORE INTO claims (source_id, entity_id, facts, first_run, last_run)
SELECT 1, e.id, json_object('name', r.name, 'country', r.country, 'website', r.website, 'description', r.description), 1, 1
FROM temp.rows r JOIN entities e ON e.key = r.key;
-- themes: one row per (line, theme)
CREATE TEMP TABLE row_themes AS
SELECT r.key, trim(j.value) AS theme FROM temp.rows r,
     json_each('["' || replace(replace(replace(r.themes, '"', ''), '|', ';'), ';', '","') || '"]') j
WHERE r.themes <> '';
INSERT OR IGNORE INTO entities (kind, key, name, normalized, visibility)
SELECT DISTINCT 'theme', 'theme:' || lower(theme), theme, lower(theme), 'public' FROM temp.row_themes;
INSERT OR IGNORE INTO edges (src, relation, dst, source_id, first_run, last_run)
SELECT o.id, 'works_on', t.id, 1, 1, 1 FROM temp.row_themes rt
JOIN entities o ON o.key = rt.key JOIN entities t ON t.key = 'theme:' || lower(rt.theme)
ORDER BY o.id, t.id;
INSERT OR IGNORE INTO entities (kind, key, name, normalized, country, visibility)
SELECT DISTINCT 'city', 'city:' || lower(city) || ':' || lower(upper(substr(country, 1, 2))), city, lower(city), upper(substr(country, 1, 2)), 'public'
FROM temp.rows WHERE city <> '';
INSERT OR IGNORE INTO edges (src, relation, dst, source_id, first_run, last_run)
SELECT o.id, 'based_in', c.id, 1, 1, 1 FROM temp.rows r JOIN entities o ON o.key = r.key
JOIN entities c ON c.key = 'city:' || lower(r.city) || ':' || lower(upper(substr(r.country, 1, 2))) ORDER BY o.id;
INSERT INTO entity_text (rowid, name, aliases, description, themes)
SELECT e.id, e.normalized, NULL, e.description,
  (SELECT group_concat(DISTINCT t.normalized) FROM edges w JOIN entities t ON t.id = w.dst WHERE w.src = e.id AND w.relation = 'works_on')
FROM entities e;
COMMIT;
SELECT count(*) FROM entities; SELECT count(*) FROM edges; SELECT count(*) FROM claims;
