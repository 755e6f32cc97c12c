import GRDB

extension Schema {
    /// How many bytes of new postings each full-text index holds in memory before writing them out as a segment
    /// of its own: 16 MiB rather than FTS5's 1 MiB.
    ///
    /// FTS5 merges segments four at a time as they pile up, so every posting of a large import was rewritten
    /// once per level of merging. With the larger buffer, an import of 300,000 articles writes a sixteenth of
    /// the segments: its full-text rows took 5.9 s against 3.7 s, its name rows 2.6 s against 2.2 s (the same
    /// rows inserted in the `sqlite3` shell; docs/PERFORMANCE.md). The buffer is filled only by a transaction
    /// that writes that much, and is freed at its end; searches read the same index, in fewer segments.
    static let fullTextBuffer = 16 * 1024 * 1024

    static func enlargeFullTextBuffers(_ db: Database) throws {
        for table in ["entity_text", "entity_names"] {
            try db.execute(
                sql: "INSERT INTO \(table) (\(table), rank) VALUES ('hashsize', ?)", arguments: [fullTextBuffer])
        }
    }
}
