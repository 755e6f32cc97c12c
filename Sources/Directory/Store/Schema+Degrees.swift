import GRDB

extension Schema {
    /// How many links (distinct `src, relation, dst`, whatever the sources) each entity has, kept by triggers
    /// on `edges`, so that a traversal tells a hub by one lookup. Counting a hub's edges when it was met made
    /// up three quarters of a `connections` query: a theme of 76,000 organizations was counted to 4,000 rows,
    /// and a query meets a hundred themes or more.
    static func createDegrees(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE entity_degrees (
                    entity_id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
                    links INTEGER NOT NULL
                );
                -- Rows are edges per source: a link counts when its first source asserts it and stops counting
                -- when its last one is gone. Re-pointing an edge (a merge) is a delete and an insert.
                CREATE TRIGGER edges_link_added AFTER INSERT ON edges
                WHEN NOT EXISTS (
                    SELECT 1 FROM edges WHERE src = NEW.src AND relation = NEW.relation AND dst = NEW.dst
                        AND source_id <> NEW.source_id
                )
                BEGIN
                    INSERT INTO entity_degrees (entity_id, links) VALUES (NEW.src, 1), (NEW.dst, 1)
                    ON CONFLICT DO UPDATE SET links = links + 1;
                END;
                CREATE TRIGGER edges_link_removed AFTER DELETE ON edges
                WHEN NOT EXISTS (SELECT 1 FROM edges WHERE src = OLD.src AND relation = OLD.relation AND dst = OLD.dst)
                BEGIN
                    UPDATE entity_degrees SET links = links - 1 WHERE entity_id = OLD.src OR entity_id = OLD.dst;
                END;
                CREATE TRIGGER edges_link_moved AFTER UPDATE OF src, relation, dst ON edges
                BEGIN
                    SELECT RAISE(ABORT, 'edges are re-pointed by a delete and an insert');
                END;
                WITH links AS (SELECT DISTINCT src, relation, dst FROM edges)
                INSERT INTO entity_degrees (entity_id, links)
                SELECT entity, count(*) FROM (SELECT src AS entity FROM links UNION ALL SELECT dst FROM links)
                GROUP BY entity;
                """
        )
    }
}
