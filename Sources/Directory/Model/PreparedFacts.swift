/// An entity's facts with the text the store writes of them, made once: the claim's canonical JSON, the extra
/// attributes' JSON, the normalised name and, for an article, its search row's text.
///
/// An importer that maps its records on another thread than the one that writes them (a feed's items, in
/// `PreparedFeedItems`) makes these there: they were nearly 6 % of the writing thread's time in an article
/// feed's import, and the search rows' text another 3 %.
public struct PreparedFacts: Sendable, Equatable {
    public let facts: EntityFacts
    let json: String
    let extraJSON: String?
    let normalized: String
    /// What ``Refresher`` would index of a new article: nil for other kinds, whose index rows the store makes.
    let searchText: SearchText?

    /// The text of a new article's search row that is not its normalised name (see ``Refresher``).
    struct SearchText: Sendable, Equatable {
        /// Its name with the letters some languages spell out written that way, when it has any.
        let transliterated: String?
        let description: String?

        init(_ facts: EntityFacts) {
            transliterated = Normalizer.transliterated(facts.name)
            description = facts.description.map { Normalizer.normalize($0) }
        }
    }

    /// - Parameter kind: the kind of entity the facts describe; an article's search text is made too.
    public init(_ facts: EntityFacts, kind: EntityKind? = nil) {
        self.facts = facts
        json = facts.canonicalJSON()
        extraJSON = facts.extraJSON
        normalized = Normalizer.normalize(facts.name)
        searchText = kind == .article ? SearchText(facts) : nil
    }
}
