import GRDB

extension DirectoryStore {
    /// Counts of what the directory holds.
    public func statistics(top: Int = 5) throws -> Statistics {
        try read { db in
            func grouped(_ sql: String) throws -> [String: Int] {
                var result: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: sql) { result[row[0]] = row[1] }
                return result
            }
            func counts(_ sql: String) throws -> [Statistics.Count] {
                try Row.fetchAll(db, sql: sql, arguments: [top]).map { Statistics.Count(name: $0[0], count: $0[1]) }
            }
            func number(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return Statistics(
                entities: try number("SELECT count(*) FROM entities"),
                byKind: try grouped("SELECT kind, count(*) FROM entities GROUP BY kind"),
                edges: try number("SELECT count(*) FROM (SELECT DISTINCT src, relation, dst FROM edges)"),
                byRelation: try grouped(
                    "SELECT relation, count(*) FROM (SELECT DISTINCT src, relation, dst FROM edges) GROUP BY relation"
                ),
                aliases: try number("SELECT count(*) FROM aliases"),
                countries: try number("SELECT count(DISTINCT country) FROM entities"),
                sources: try number("SELECT count(*) FROM sources"),
                claims: try number("SELECT (SELECT count(*) FROM claims) + (SELECT count(*) FROM edges)"),
                topThemes: try counts(
                    """
                    SELECT t.name, count(DISTINCT w.src) AS n FROM edges w JOIN entities t ON t.id = w.dst
                    WHERE w.relation = 'works_on' GROUP BY t.id ORDER BY n DESC, t.name LIMIT ?
                    """
                ),
                topCountries: try counts(
                    """
                    SELECT country, count(*) AS n FROM entities WHERE country IS NOT NULL
                    GROUP BY country ORDER BY n DESC, country LIMIT ?
                    """
                )
            )
        }
    }
}
