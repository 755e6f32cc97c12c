import GRDB

extension Schema {
    /// Both full-text indexes keep prefixes of three characters only, no longer of two as well, and no longer
    /// the size of each row's columns.
    ///
    /// Every word of every row went into the two-character index too, in a few very long lists that FTS5
    /// merged again and again; and the sizes serve only to rank by relevance (bm25), which searches do not
    /// (``SearchPlan``). Of the full-text rows of 300,000 articles (inserted in the `sqlite3` shell;
    /// docs/PERFORMANCE.md), `entity_text`'s took 3.6 s with both prefix lengths, 2.5 s with three alone and
    /// 2.2 s without the sizes; `entity_names`' 1.8, 1.7 and 1.4 s. A search still reads a two-letter word in
    /// id order through the three-character index: ``SearchPlan`` spells it as the word itself or any of the
    /// three-character prefixes of the vocabulary that begin with it.
    ///
    /// FTS5 fixes these options when a table is made, so each table is made again from its own rows; the
    /// buffer size (v11) is set again.
    static func leanerFullTextIndexes(_ db: Database) throws {
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
                        prefix = '3',
                        columnsize = 0
                    );
                    INSERT INTO \(rebuilt) (\(rebuilt), rank) VALUES ('hashsize', \(fullTextBuffer));
                    INSERT INTO \(rebuilt) (rowid, \(columns)) SELECT rowid, \(columns) FROM \(table);
                    DROP TABLE \(table);
                    ALTER TABLE \(rebuilt) RENAME TO \(table);
                    """)
        }
    }
}
