import Foundation

/// Every distinct normalised word of the texts it is given, gathered on a thread of its own while the writing
/// thread goes on: what ``Refresher`` adds to `search_terms`.
///
/// At the end of an import the writing thread fills the full-text indexes and the other core is idle; the
/// words of 300,000 articles took it 2 s when an aggregate function gathered them in the statement that
/// inserted them. Gathering the words of a whole batch first makes a common word one insertion, not one per
/// entity.
///
/// Texts are handed over a batch at a time, and at most two batches wait, so memory stays bounded; one
/// condition variable (a pthread mutex and condition, which ThreadSanitizer sees) guards them.
final class VocabularyGatherer: @unchecked Sendable {
    /// How many texts make a batch: enough that handing one over costs nothing beside splitting it.
    static let batchTexts = 4096

    private let condition = NSCondition()
    private var batches: [[String]] = []
    private var closed = false
    private var finished = false
    /// The adding thread's alone.
    private var filling: [String] = []
    /// The gathering thread's alone until `finished`, then the closer's.
    private var words: Set<String> = []

    init() {
        filling.reserveCapacity(Self.batchTexts)
        Thread.detachNewThread { [self] in gather() }
    }

    /// Takes texts, handing them over once a batch is full; waits while two batches already wait. Only ever
    /// called from one thread at a time, the one that closes.
    func add(_ texts: [String]) {
        filling += texts
        if filling.count >= Self.batchTexts { handOver() }
    }

    /// Waits for every text taken to be gathered; the words, sorted so that their insertion goes in key order.
    /// Once closed, the gatherer takes nothing more, and closing again gives the same words.
    @discardableResult
    func close() -> [String] {
        if !filling.isEmpty { handOver() }
        condition.lock()
        closed = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
        return words.sorted()
    }

    private func handOver() {
        condition.lock()
        defer { condition.unlock() }
        precondition(!closed, "texts handed to a closed vocabulary gatherer")
        while batches.count >= 2 { condition.wait() }
        batches.append(filling)
        filling = []
        filling.reserveCapacity(Self.batchTexts)
        condition.broadcast()
    }

    private func gather() {
        while let texts = next() {
            for text in texts { words.formUnion(Normalizer.words(text)) }
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    private func next() -> [String]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, !closed { condition.wait() }
        if batches.isEmpty { return nil }
        condition.broadcast()
        return batches.removeFirst()
    }
}
