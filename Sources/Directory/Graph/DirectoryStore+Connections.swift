import GRDB

extension DirectoryStore {
    /// The shortest simple paths between two entities, each hop labelled in reading order and sourced.
    ///
    /// - Throws: ``DirectoryError/notFound(_:)`` or ``DirectoryError/ambiguous(_:candidates:)`` for an end
    ///   that names no single entity, ``DirectoryError/unknownPlace(_:)`` for a country the filter does not
    ///   know. No path is an answer with no paths, not an error.
    public func connections(_ query: ConnectionQuery) throws -> Connections {
        if let country = query.filter.country, Countries.code(for: country) == nil {
            throw DirectoryError.unknownPlace(country)
        }
        let from = try entity(reference: query.from)
        let to = try entity(reference: query.to)
        return try read { db in
            let adjacency = Adjacency(db: db, filter: query.filter, ends: (from.id, to.id))
            let finder = PathFinder(adjacency: adjacency, maxDepth: max(0, query.maxDepth))
            let routes = try finder.paths(from: from.id, to: to.id, count: max(0, query.paths))
            let hops = HopReader(db: db, filter: query.filter, ends: (from.id, to.id))
            let paths = try routes.map { route in
                Connections.Path(
                    length: route.count - 1,
                    hops: try zip(route, route.dropFirst()).map { try hops.hop($0, $1) }
                )
            }
            return Connections(from: from, to: to, maxDepth: query.maxDepth, paths: paths)
        }
    }
}

/// Reads the edges that join two entities, with their sources.
struct HopReader {
    let db: Database
    let filter: GraphFilter
    let ends: (Int64, Int64)

    func hop(_ from: Int64, _ to: Int64) throws -> Connections.Hop {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT x.src, x.relation, group_concat(s.name, char(31)) AS sources
                    FROM edges x JOIN sources s ON s.id = x.source_id JOIN entities o ON o.id = x.dst
                    WHERE ((x.src = ?3 AND x.dst = ?4) OR (x.src = ?4 AND x.dst = ?3)) AND \(filter.condition())
                    GROUP BY x.src, x.relation, x.dst ORDER BY x.relation, x.src
                    """
            ),
            arguments: [ends.0, ends.1, from, to]
        )
        let links = rows.compactMap { row -> Connections.Link? in
            guard let relation = Relation(rawValue: row["relation"]) else { return nil }
            let forward = row["src"] == from || relation.isSymmetric
            let sources = (row["sources"] as String? ?? "").split(separator: "\u{1F}").map(String.init)
            return Connections.Link(
                relation: relation, forward: forward, label: relation.label(outgoing: forward),
                sources: Array(Set(sources)).sorted())
        }
        return Connections.Hop(from: try reference(from), to: try reference(to), links: links)
    }

    private func reference(_ id: Int64) throws -> EntityRef {
        let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, kind, name, country FROM entities WHERE id = ?"), arguments: [id])
        guard let row else { throw DirectoryError.notFound(String(id)) }
        return EntityRef(
            id: row["id"], kind: EntityKind(rawValue: row["kind"]) ?? .organization, name: row["name"],
            country: row["country"])
    }
}
