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

    /// FTS5 keeps prefixes of three characters in an index of their own (`prefix = '3'`), which reads in
    /// order like a whole word; a word of two is spelled out through it (``twoCharacters(_:_:)``), and a longer
    /// one as the words of the vocabulary it begins. Characters are Unicode scalars, as FTS5 counts them.
    private static func expression(_ db: Database, _ word: String) throws -> String? {
        switch word.unicodeScalars.count {
        case 3: return "\(quoted(word))*"
        case 2: return try twoCharacters(db, word)
        default: break
        }
        let terms = try String.fetchAll(
            db.cachedStatement(sql: "SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?"),
            arguments: [word, word + "\u{10FFFF}", maximumExpansion + 1]
        )
        if terms.isEmpty { return nil }
        if terms.count > maximumExpansion { return "\(quoted(word))*" }
        return "(" + terms.map(quoted).joined(separator: " OR ") + ")"
    }

    /// A word of two characters as the word itself or the three-character prefixes of the vocabulary that begin
    /// with it (`"de" OR "dea"* OR "deb"* ...`): each of those reads the prefix index in id order, and together
    /// they find every word `de` begins. The prefixes are found by skipping from one to the next in
    /// `search_terms`. Beyond ``maximumExpansion`` of them, FTS5's own prefix query reads the words instead.
    private static func twoCharacters(_ db: Database, _ word: String) throws -> String? {
        var alternatives: [String] = []
        if try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM search_terms WHERE term = ?)"), arguments: [word])
            == true
        {
            alternatives.append(quoted(word))
        }
        let next = try db.cachedStatement(
            sql: "SELECT term FROM search_terms WHERE term > ? AND term < ? ORDER BY term LIMIT 1")
        var after = word
        while let term = try String.fetchOne(next, arguments: [after, word + "\u{10FFFF}"]) {
            if alternatives.count == maximumExpansion { return "\(quoted(word))*" }
            let prefix = String(String.UnicodeScalarView(term.unicodeScalars.prefix(3)))
            alternatives.append("\(quoted(prefix))*")
            after = prefix + "\u{10FFFF}"
        }
        if alternatives.isEmpty { return nil }
        return "(" + alternatives.joined(separator: " OR ") + ")"
    }

    private static func quoted(_ word: String) -> String {
        "\"" + word.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
