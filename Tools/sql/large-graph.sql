-- A directory graph of 1,000,000 entities and about 5,000,000 edges, written straight into a database made
-- by `sanctuary` (schema and gazetteer in place), the same for every run: "random" picks are a
-- multiplicative hash of the row number, modulo a prime above 2^32 before the range is taken (so that a pick
-- does not depend on the row number modulo the range alone, which would cut the graph into islands). Themes are skewed (a few are worked on by hundreds of thousands,
-- like migration in a real network), cities and campaigns less so.
--
-- usage: sanctuary stats --db graph.sqlite && sqlite3 graph.sqlite < Tools/sql/large-graph.sql
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -262144;
PRAGMA foreign_keys = OFF;
BEGIN;
INSERT INTO sources (id, name, format, mode) VALUES (1, 'generated', 'sql', 'snapshot');
INSERT INTO runs (id, source_id, started_at) VALUES (1, 1, '2026-01-01T00:00:00Z');

CREATE TEMP TABLE n (i INTEGER PRIMARY KEY);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1000000) INSERT INTO temp.n SELECT i FROM c;
CREATE TEMP TABLE countries (k INTEGER PRIMARY KEY, code TEXT);
INSERT INTO temp.countries (k, code) VALUES (0,'MX'),(1,'BR'),(2,'AR'),(3,'ES'),(4,'FR'),(5,'BE'),(6,'DE'),
    (7,'IT'),(8,'PT'),(9,'GR'),(10,'PL'),(11,'CZ'),(12,'US'),(13,'CA'),(14,'CO'),(15,'CL'),(16,'SN'),
    (17,'MA'),(18,'TN'),(19,'ZA'),(20,'JP'),(21,'TR'),(22,'GB'),(23,'CH'),(24,'AT');

-- Ids: themes 1-200, cities 201-5,200, campaigns 5,201-10,200, events 10,201-30,200, organizations after.
INSERT INTO entities (id, kind, key, name, normalized, visibility)
SELECT i, 'theme', 'theme:theme ' || i, 'theme ' || i, 'theme ' || i, 'public' FROM temp.n WHERE i <= 200;
INSERT INTO entities (id, kind, key, name, normalized, country, lat, lon, visibility)
SELECT i, 'city', 'city:city ' || i || ':' || lower(c.code), 'City ' || i, 'city ' || i, c.code,
    (((i * 7919) % 4294967311) % 1400) / 10.0 - 60, (((i * 104729) % 4294967311) % 3600) / 10.0 - 180, 'public'
FROM temp.n JOIN temp.countries c ON c.k = i % 25 WHERE i BETWEEN 201 AND 5200;
INSERT INTO entities (id, kind, key, name, normalized, visibility)
SELECT i, 'campaign', 'campaign:campaign ' || i, 'Campaign ' || i, 'campaign ' || i, 'public'
FROM temp.n WHERE i BETWEEN 5201 AND 10200;
INSERT INTO entities (id, kind, key, name, normalized, starts, visibility)
SELECT i, 'event', 'event:event ' || i, 'Event ' || i, 'event ' || i,
    (2000 + i % 26) || '-' || printf('%02d', 1 + i % 12) || '-' || printf('%02d', 1 + i % 28), 'public'
FROM temp.n WHERE i BETWEEN 10201 AND 30200;
INSERT INTO entities (id, kind, key, name, normalized, country, visibility)
SELECT i, 'organization', 'org:organization ' || i, 'Organization ' || i, 'organization ' || i, c.code, 'public'
FROM temp.n JOIN temp.countries c ON c.k = i % 25 WHERE i > 30200;

DROP INDEX edges_dst;
DROP INDEX edges_source;
-- Every organization is based in a city of its country.
INSERT INTO edges (src, relation, dst, source_id, first_run, last_run)
SELECT i, 'based_in', 201 + ((((i * 2654435761) % 4294967311) % 200) * 25 + i % 25), 1, 1, 1 FROM temp.n WHERE i > 30200;
-- Two themes each, skewed towards the first ones (the square of a uniform pick).
INSERT OR IGNORE INTO edges (src, relation, dst, source_id, first_run, last_run)
SELECT i, 'works_on', 1 + ((((i * 40503) % 4294967311) % 200) * (((i * 40503) % 4294967311) % 200)) / 200, 1, 1, 1 FROM temp.n WHERE i > 30200;
INSERT OR IGNORE INTO edges (src, relation, dst, source_id, first_run, last_run)
SELECT i, 'works_on', 1 + ((i * 69069) % 4294967311) % 200, 1, 1, 1 FROM temp.n WHERE i > 30200;
-- One campaign each; half are members of another organization; half are allied with one.
INSERT INTO edges (src, relation, dst, source_id, first_run, last_run)
SELECT i, 'supports', 5201 + ((i * 2246822519) % 4294967311) % 5000, 1, 1, 1 FROM temp.n WHERE i > 30200;
INSERT OR IGNORE INTO edges (src, relation, dst, source_id, first_run, last_run)
SELECT i, 'member_of', 30201 + ((i * 3266489917) % 4294967311) % 969800, 1, 1, 1 FROM temp.n WHERE i > 30200 AND i % 2 = 0
    AND 30201 + ((i * 3266489917) % 4294967311) % 969800 <> i;
INSERT OR IGNORE INTO edges (src, relation, dst, source_id, first_run, last_run)
SELECT min(i, j), 'allied_with', max(i, j), 1, 1, 1
FROM (SELECT i, 30201 + ((i * 668265263) % 4294967311) % 969800 AS j FROM temp.n WHERE i > 30200 AND i % 2 = 1) WHERE i <> j;
-- Events: three organizers, a city, a campaign. Campaigns: two themes. Cities: a campaign.
INSERT OR IGNORE INTO edges (src, relation, dst, source_id, first_run, last_run)
SELECT 30201 + (((i * 374761393 + k * 1000003) % 4294967311) % 969800), 'organizes', i, 1, 1, 1
FROM temp.n, (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2) WHERE i BETWEEN 10201 AND 30200;
INSERT INTO edges (src, relation, dst, source_id, first_run, last_run)
SELECT i, 'held_in', 201 + ((i * 2654435761) % 4294967311) % 5000, 1, 1, 1 FROM temp.n WHERE i BETWEEN 10201 AND 30200;
INSERT INTO edges (src, relation, dst, source_id, first_run, last_run)
SELECT i, 'part_of', 5201 + ((i * 40503) % 4294967311) % 5000, 1, 1, 1 FROM temp.n WHERE i BETWEEN 10201 AND 30200;
INSERT OR IGNORE INTO edges (src, relation, dst, source_id, first_run, last_run)
SELECT i, 'works_on', 1 + (i * k) % 200, 1, 1, 1 FROM temp.n, (SELECT 7 AS k UNION ALL SELECT 13)
WHERE i BETWEEN 5201 AND 10200;
INSERT INTO edges (src, relation, dst, source_id, first_run, last_run)
SELECT i, 'member_of', 5201 + ((i * 69069) % 4294967311) % 5000, 1, 1, 1 FROM temp.n WHERE i BETWEEN 201 AND 5200;
-- Filling to five million: a second campaign for one organization in twelve.
INSERT OR IGNORE INTO edges (src, relation, dst, source_id, first_run, last_run)
SELECT i, 'supports', 5201 + ((i * 1597334677) % 4294967311) % 5000, 1, 1, 1 FROM temp.n WHERE i > 30200 AND i % 12 = 0;
CREATE INDEX edges_dst ON edges(dst, relation);
CREATE INDEX edges_source ON edges(source_id, last_run);
COMMIT;
ANALYZE;
