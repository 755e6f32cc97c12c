import GRDB

extension Schema {
    /// Both full-text indexes keep prefixes of three characters only, no longer of two as well.
    ///
    /// Every word of every row went into the two-character index too, in a few very long lists that FTS5
    /// merged again and again: of an import of 300,000 articles, the full-text rows took 3.6 s with both
    /// prefix lengths and 2.5 s with three alone (in the `sqlite3` shell; docs/PERFORMANCE.md). A search still
    /// reads a two-letter word in id order through the three-character index: ``SearchPlan`` spells it as the
    /// word itself or any of the three-character prefixes the vocabulary has that begin with it.
    ///
    /// FTS5 fixes the prefix lengths when a table is made, so each table is made again from its own rows; the
    /// buffer size (v11) goes with its settings.
    static func keepThreeCharacterPrefixes(_ db: Database) throws {
        let tables = [
            ("entity_text", "name, aliases, description, themes"),
            ("entity_names", "names"),
        ]
        for (table, columns) in tables {
            let rebuilt = "\(table)_rebuilt"
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE \(rebuilt) USING fts5(
                        \(columns),
                        tokenize = 'unicode61 remove_diacritics 2',
                        prefix = '3'
                    );
                    INSERT INTO \(rebuilt) (\(rebuilt), rank) VALUES ('hashsize', \(fullTextBuffer));
                    INSERT INTO \(rebuilt) (rowid, \(columns)) SELECT rowid, \(columns) FROM \(table);
                    DROP TABLE \(table);
                    ALTER TABLE \(rebuilt) RENAME TO \(table);
                    """)
        }
    }
}
