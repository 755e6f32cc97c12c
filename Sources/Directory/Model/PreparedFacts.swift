/// An entity's facts with the text the store writes of them, made once: the claim's canonical JSON, the extra
/// attributes' JSON and the normalised name.
///
/// An importer that maps its records on another thread than the one that writes them (a feed's items, in
/// `PreparedFeedItems`) makes these there: they were nearly 6 % of the writing thread's time in an article
/// feed's import.
public struct PreparedFacts: Sendable, Equatable {
    public let facts: EntityFacts
    let json: String
    let extraJSON: String?
    let normalized: String

    public init(_ facts: EntityFacts) {
        self.facts = facts
        json = facts.canonicalJSON()
        extraJSON = facts.extraJSON
        normalized = Normalizer.normalize(facts.name)
    }
}
