import Foundation
import GRDB

/// Derives an entity's attributes, aliases, text index row and place from its claims.
///
/// Claims rank by what they are (a source's own record before a naming in passing, before a claim moved by
/// a merge), then by age: the source that described an entity first keeps its name, later ones fill gaps
/// and add their names as aliases. Visibility is the most restrictive any source asks for.
struct Refresher {
    let db: Database

    func refresh(_ id: Int64) throws {
        let claims = try String.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT facts FROM claims WHERE entity_id = ?
                    ORDER BY merged, mention, first_run, source_id
                    """
            ),
            arguments: [id]
        ).map(EntityFacts.init(canonicalJSON:))
        guard var facts = claims.first else { return }
        var visibility = facts.visibility ?? .public
        for other in claims.dropFirst() {
            facts = facts.filled(from: other)
            visibility = max(visibility, other.visibility ?? .public)
        }
        try update(id, facts, visibility: visibility)
        try writeAliases(id, facts)
        try index(id, facts)
        try place(id, facts)
    }

    private func update(_ id: Int64, _ facts: EntityFacts, visibility: Visibility) throws {
        let extra = try facts.extra.map { String(decoding: try JSONEncoder.sorted.encode($0), as: UTF8.self) }
        try db.cachedStatement(
            sql: """
                UPDATE entities SET name = ?, normalized = ?, description = ?, country = ?, region = ?, lat = ?,
                    lon = ?, website = ?, status = ?, starts = ?, ends = ?, visibility = ?, extra = ?
                WHERE id = ?
                """
        ).execute(arguments: [
            facts.name, Normalizer.normalize(facts.name), facts.description, facts.country, facts.region,
            facts.lat, facts.lon, facts.website, facts.status, facts.starts, facts.ends, visibility.rawValue,
            extra, id,
        ])
    }

    private func writeAliases(_ id: Int64, _ facts: EntityFacts) throws {
        try db.cachedStatement(sql: "DELETE FROM aliases WHERE entity_id = ?").execute(arguments: [id])
        let insert = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO aliases (entity_id, normalized, name) VALUES (?, ?, ?)"
        )
        for alias in facts.aliases ?? [] {
            try insert.execute(arguments: [id, Normalizer.normalize(alias), alias])
        }
    }

    private func index(_ id: Int64, _ facts: EntityFacts) throws {
        let themes = try String.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT t.name FROM edges w JOIN entities t ON t.id = w.dst
                    WHERE w.src = ? AND w.relation = 'works_on' ORDER BY t.name
                    """
            ),
            arguments: [id]
        )
        try db.cachedStatement(sql: "DELETE FROM entity_text WHERE rowid = ?").execute(arguments: [id])
        try db.cachedStatement(
            sql: "INSERT INTO entity_text (rowid, name, aliases, description, themes) VALUES (?, ?, ?, ?, ?)"
        ).execute(arguments: [
            id,
            Normalizer.normalize(facts.name),
            (facts.aliases ?? []).map(Normalizer.normalize).joined(separator: " ; "),
            facts.description.map(Normalizer.normalize),
            themes.map(Normalizer.normalize).joined(separator: " ; "),
        ])
    }

    private func place(_ id: Int64, _ facts: EntityFacts) throws {
        if let lat = facts.lat, let lon = facts.lon {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO entity_places VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [id, lat, lat, lon, lon])
        } else {
            try db.cachedStatement(sql: "DELETE FROM entity_places WHERE id = ?").execute(arguments: [id])
        }
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
