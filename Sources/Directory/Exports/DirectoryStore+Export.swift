public import Foundation
import GRDB

extension DirectoryStore {
    /// Writes everything the store's audience may see in `format`, in chunks of about `chunkSize` bytes handed
    /// to `sink` as they fill: memory stays flat however large the directory. All of it is read in one read
    /// transaction, so an import committing meanwhile is either wholly in it or not at all.
    ///
    /// - Throws: what `sink` throws (which stops the export), or ``DirectoryError/database(_:)``.
    public func export(
        _ format: ExportFormat, chunkSize: Int = 64 * 1024, generated: Date = Date(),
        to sink: ([UInt8]) throws -> Void
    ) throws {
        var writer = format.writer(generated: Timestamp.string(generated))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(chunkSize + 4096)
        func flush(_ force: Bool) throws {
            guard force ? !bytes.isEmpty : bytes.count >= chunkSize else { return }
            try sink(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
        try read { db in
            writer.begin(&bytes)
            let rows = try Row.fetchCursor(db, sql: Self.exportedEntitiesSQL)
            while let row = try rows.next() {
                writer.entity(Self.exported(row), &bytes)
                try flush(false)
            }
            if writer.wantsRelations {
                let relations = try Row.fetchCursor(db, sql: Self.exportedRelationsSQL)
                while let row = try relations.next() {
                    guard let relation = Relation(rawValue: row[1]) else { continue }
                    writer.relation(
                        ExportedRelation(from: row[0], relation: relation, to: row[2], sources: Self.names(row[3])),
                        &bytes)
                    try flush(false)
                }
            }
            writer.end(&bytes)
            try flush(true)
        }
    }

    private static func names(_ joined: String?) -> [String] {
        (joined ?? "").split(separator: "\u{1F}").map(String.init)
    }

    private static func exported(_ row: Row) -> ExportedEntity {
        let base = 16
        let cityID: Int64? = row[base + 3]
        return ExportedEntity(
            entity: Entity(row: row),
            aliases: names(row[base]),
            themes: names(row[base + 1]),
            sources: names(row[base + 2]),
            city: cityID.map {
                ExportedEntity.City(id: $0, name: row[base + 4], lat: row[base + 5], lon: row[base + 6])
            }
        )
    }

    /// Each entity with its aliases, themes and sources (joined by U+001F, which no name holds), and its city.
    private static let exportedEntitiesSQL = """
        SELECT \(Entity.columns),
            (SELECT group_concat(name, char(31)) FROM (
                SELECT name FROM aliases WHERE entity_id = e.id ORDER BY name)),
            (SELECT group_concat(name, char(31)) FROM (
                SELECT DISTINCT t.name FROM edges w JOIN entities t ON t.id = w.dst
                WHERE w.src = e.id AND w.relation = 'works_on' ORDER BY t.name)),
            (SELECT group_concat(name, char(31)) FROM (
                SELECT DISTINCT s.name FROM claims k JOIN sources s ON s.id = k.source_id
                WHERE k.entity_id = e.id ORDER BY s.name)),
            c.id, c.name, c.lat, c.lon
        FROM entities e
        LEFT JOIN entities c ON e.kind <> 'city' AND c.id = (
            SELECT x.dst FROM edges x JOIN entities y ON y.id = x.dst
            WHERE x.src = e.id AND y.kind = 'city' AND x.relation IN ('based_in', 'held_in', 'active_in')
            ORDER BY x.relation = 'based_in' DESC, x.relation = 'held_in' DESC, x.dst LIMIT 1)
        ORDER BY e.id
        """

    /// Each relation once, with the sources that state it.
    private static let exportedRelationsSQL = """
        SELECT x.src, x.relation, x.dst, group_concat(s.name, char(31))
        FROM edges x JOIN sources s ON s.id = x.source_id
        GROUP BY x.src, x.relation, x.dst
        ORDER BY x.src, x.relation, x.dst
        """
}
