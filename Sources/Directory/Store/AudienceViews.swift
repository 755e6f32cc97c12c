import GRDB

/// What a served audience can read, as temporary views named like the tables they hide.
///
/// SQLite resolves an unqualified table name in the `temp` schema first, so every query of the store,
/// written once for the local user, reads through these views on a connection made for an audience: there
/// is no query that could forget to filter. An entity is readable when its visibility is one the audience
/// may see; an edge, alias, key, claim or `theme_places` row when every entity it names is. A sensitive
/// entity has no position or extra attributes (where an address column lands): it is placed by its city.
///
/// `entity_degrees` is left as it is: it only tells hubs apart, and says nothing of who the links are to.
/// The full-text index is reached only through `entities`, which filters it.
enum AudienceViews {
    static func create(_ db: Database, visible levels: [Visibility]) throws {
        let visible = "visibility IN (\(levels.map { "'\($0.rawValue)'" }.joined(separator: ", ")))"
        func readable(_ column: String) -> String {
            "EXISTS (SELECT 1 FROM main.entities v WHERE v.id = \(column) AND v.\(visible))"
        }
        let masked = ["lat", "lon", "extra"]
        let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('entities', 'main')")
            .map { masked.contains($0) ? "iif(sensitive, NULL, \($0)) AS \($0)" : $0 }
        try db.execute(
            sql: """
                CREATE TEMP VIEW entities AS
                SELECT \(columns.joined(separator: ", ")) FROM main.entities WHERE \(visible);
                CREATE TEMP VIEW edges AS
                SELECT x.* FROM main.edges x WHERE \(readable("x.src")) AND \(readable("x.dst"));
                CREATE TEMP VIEW aliases AS SELECT a.* FROM main.aliases a WHERE \(readable("a.entity_id"));
                CREATE TEMP VIEW entity_keys AS SELECT k.* FROM main.entity_keys k WHERE \(readable("k.entity_id"));
                CREATE TEMP VIEW claims AS SELECT c.* FROM main.claims c WHERE \(readable("c.entity_id"));
                CREATE TEMP VIEW theme_places AS
                SELECT p.* FROM main.theme_places p
                WHERE \(readable("p.entity")) AND \(readable("p.theme")) AND (p.city = 0 OR \(readable("p.city")));
                CREATE TEMP VIEW place_themes AS
                SELECT city, theme, count(*) AS entities FROM temp.theme_places WHERE city <> 0 GROUP BY city, theme;
                CREATE TEMP VIEW entity_places AS
                SELECT r.* FROM main.entity_places r
                WHERE EXISTS (SELECT 1 FROM main.entities v WHERE v.id = r.id AND v.\(visible) AND NOT v.sensitive);
                """)
    }
}
