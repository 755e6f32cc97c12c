import GRDB

extension Schema {
    /// The bearer tokens that let partners see `partners` entities over HTTP. Only a token's SHA-256 is kept:
    /// the database (a backup, a copy) never holds what would let someone in.
    static func createTokens(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE tokens (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
                    hash TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL,
                    revoked_at TEXT
                );
                """)
    }
}
