-- What a person would type into the sqlite3 shell to make the gazetteer searchable by name: the file as a
-- table, every name (its own and the others, split on '|') lower-cased beside its city, and an index.
-- The peer of `sanctuary`'s gazetteer load in Tools/Benchmarks (GazetteerBenchmarks); run from the package root.
CREATE TABLE raw (
    geonameid INTEGER, name TEXT, country TEXT, admin1 TEXT, region TEXT, lat REAL, lon REAL, population INTEGER,
    names TEXT
);
.mode tabs
.import "|gzip -dc Data/gazetteer/cities15000.tsv.gz" raw
CREATE TABLE names (name TEXT, geonameid INTEGER);
INSERT INTO names SELECT lower(name), geonameid FROM raw;
INSERT INTO names SELECT lower(j.value), r.geonameid
FROM raw r, json_each('["' || replace(replace(replace(r.names, '\', ''), '"', ''), '|', '","') || '"]') j
WHERE r.names <> '';
CREATE INDEX names_name ON names(name);
