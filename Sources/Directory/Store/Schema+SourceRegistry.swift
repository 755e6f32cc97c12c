import GRDB

extension Schema {
    /// What a registered feed's items are, so that `sync` imports it again as it was first imported.
    static func addSourceItems(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE sources ADD COLUMN items TEXT")
    }
}
