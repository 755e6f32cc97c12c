import GRDB

extension Schema {
    /// `sensitive` marks a shelter or a safe house: served with its city only. `curated_visibility` and
    /// `curated_sensitive` hold a curator's decision (`sanctuary visibility`, `sanctuary sensitive`), which
    /// wins over what the sources say and outlives their re-imports; NULL when there is none.
    static func addCuration(_ db: Database) throws {
        let levels = Visibility.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try db.execute(
            sql: """
                ALTER TABLE entities ADD COLUMN sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1));
                ALTER TABLE entities ADD COLUMN curated_visibility TEXT
                    CHECK (curated_visibility IS NULL OR curated_visibility IN (\(levels)));
                ALTER TABLE entities ADD COLUMN curated_sensitive INTEGER
                    CHECK (curated_sensitive IS NULL OR curated_sensitive IN (0, 1));
                """)
    }
}
