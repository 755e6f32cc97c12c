import GRDB

/// The `sources` rows: written by each run, and by registering a feed of an OPML list before it is fetched.
enum SourceRegistry {
    /// Inserts or updates the source's row; returns its id.
    static func upsert(_ db: Database, _ source: SourceDescriptor) throws -> Int64 {
        let validators = source.validators
        return try Int64.fetchOne(
            db,
            sql: """
                INSERT INTO sources (name, location, format, mode, items, etag, last_modified, content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET location = excluded.location, format = excluded.format,
                    mode = excluded.mode, items = excluded.items, etag = excluded.etag,
                    last_modified = excluded.last_modified, content_hash = excluded.content_hash
                RETURNING id
                """,
            arguments: [
                source.name, source.location, source.format, source.mode.rawValue, source.items?.rawValue,
                validators.etag, validators.lastModified, validators.contentHash,
            ]
        )!
    }
}
