import GRDB

extension DirectoryStore {
    /// Registers a source to be imported from its location (a feed of an OPML list), keeping what an earlier
    /// run of it recorded (its validators, its runs).
    public func register(_ source: SourceDescriptor) throws {
        try translatingErrors {
            try pool.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO sources (name, location, format, mode, items) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT(name) DO UPDATE SET location = excluded.location, mode = excluded.mode,
                            items = excluded.items
                        """,
                    arguments: [
                        source.name, source.location, source.format, source.mode.rawValue, source.items?.rawValue,
                    ])
            }
        }
    }

    /// Every source that has a location to import it again from, by name, with what its last run recorded.
    public func registeredSources() throws -> [SourceDescriptor] {
        try registered(named: nil)
    }

    /// The source named `name`, if it is registered.
    public func registeredSource(named name: String) throws -> SourceDescriptor? {
        try registered(named: name).first
    }

    private func registered(named name: String?) throws -> [SourceDescriptor] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT name, location, format, mode, items, etag, last_modified, content_hash FROM sources
                    WHERE location IS NOT NULL AND (?1 IS NULL OR name = ?1) ORDER BY name
                    """,
                arguments: [name]
            ).map { row in
                SourceDescriptor(
                    name: row["name"], location: row["location"], format: row["format"],
                    mode: ImportMode(rawValue: row["mode"]) ?? .snapshot,
                    items: (row["items"] as String?).flatMap(EntityKind.init(rawValue:)),
                    validators: .init(
                        etag: row["etag"], lastModified: row["last_modified"], contentHash: row["content_hash"]))
            }
        }
    }

    /// Notes why the latest attempt to import a source failed (nothing of it was written); its next run
    /// clears it.
    public func recordFailure(of name: String, _ message: String) throws {
        try translatingErrors {
            try pool.write { db in
                try db.execute(sql: "UPDATE sources SET last_error = ? WHERE name = ?", arguments: [message, name])
            }
        }
    }
}
