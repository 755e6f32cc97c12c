import GRDB

extension Schema {
    /// What lets a search stop at its first page instead of ranking every match (``SearchPlan``):
    ///
    /// - `entity_names`: each entity's name and aliases (as `entity_text` has them) in an index of their own,
    ///   so "found in a name" is a plain match, not a column filter that FTS5 checks posting by posting;
    /// - `search_terms`: every word the search index holds, so a word typed as a prefix becomes the few whole
    ///   words it begins, which FTS5 reads in order and stops early, where a prefix query reads every
    ///   posting of every such word first. A word stays after the last entity using it is gone: it then
    ///   finds nothing, which costs nothing.
    ///
    /// Descriptions now go into `entity_text` normalised like everything else, so the words of the
    /// vocabulary are the words of the index; the whole index is rebuilt once here.
    static func createSearchNames(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE VIRTUAL TABLE entity_names USING fts5(
                    names,
                    tokenize = 'unicode61 remove_diacritics 2',
                    prefix = '2 3'
                );
                CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
                """
        )
        try Refresher(db: db).index("SELECT id FROM entities")
    }
}
