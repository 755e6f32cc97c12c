import GRDB

/// A search's words as FTS5 match expressions, one per tier of results: first the entities with every word
/// in their name or aliases (`entity_names`), then those with every word somewhere in their text but not all
/// of them in names (`entity_text`). Each tier comes in id order, so FTS5 reads postings in their own order
/// and stops at the page's last hit; ranking every match by bm25 first cost 0.74 s for a common word over a
/// million entities.
struct SearchPlan {
    /// Matched against `entity_names`.
    let names: String
    /// Matched against `entity_text`.
    let elsewhere: String

    /// A word typed as a prefix becomes the whole words of the index it begins, when there are no more than
    /// this many; beyond, FTS5's own prefix query (which reads all their postings) is cheaper than the `OR`.
    static let maximumExpansion = 64

    /// The plan for `words` (normalised, at least one), or nil when a word begins no word of the index, so
    /// that nothing can match.
    init?(_ db: Database, words: [String]) throws {
        var expressions: [String] = []
        for word in words {
            guard let expression = try Self.expression(db, word) else { return nil }
            expressions.append(expression)
        }
        let all = expressions.joined(separator: " AND ")
        names = all
        elsewhere = "(\(all)) NOT ({name aliases} : (\(all)))"
    }

    /// FTS5 keeps prefixes of two and three characters in an index of their own (`prefix = '2 3'`), which
    /// reads in order like a whole word.
    private static func expression(_ db: Database, _ word: String) throws -> String? {
        if (2...3).contains(word.count) { return "\(quoted(word))*" }
        let terms = try String.fetchAll(
            db.cachedStatement(sql: "SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?"),
            arguments: [word, word + "\u{10FFFF}", maximumExpansion + 1]
        )
        if terms.isEmpty { return nil }
        if terms.count > maximumExpansion { return "\(quoted(word))*" }
        return "(" + terms.map(quoted).joined(separator: " OR ") + ")"
    }

    private static func quoted(_ word: String) -> String {
        "\"" + word.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
