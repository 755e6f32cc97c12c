import GRDB

extension Schema {
    /// Each source's entity and edge totals (``SourceTotals``), and an index of the entities that are not
    /// public, from which a served audience's `sources` takes what it may not see.
    static func addSourceTotals(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE sources ADD COLUMN entities INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE sources ADD COLUMN edges INTEGER NOT NULL DEFAULT 0;
                CREATE INDEX entities_restricted ON entities(visibility) WHERE visibility <> 'public';
                """)
        try SourceTotals.refresh(db, "SELECT id FROM sources")
    }
}
