import Foundation

/// Carries batches from the thread that makes them to the thread that takes them, at most `depth` ahead,
/// and the maker's outcome last. Everything is guarded by one condition variable: a pthread mutex and
/// condition, which ThreadSanitizer sees.
///
/// Both sides block while they wait, so the maker runs on a plain thread of its own
/// (`Thread.detachNewThread`), never on one of Swift concurrency's few shared threads.
public final class BatchPipe<Batch: Sendable, Outcome: Sendable>: @unchecked Sendable {
    /// What the taker gets next.
    public enum Delivery {
        case batch(Batch)
        case finished(Result<Outcome, any Error>)
    }

    private let condition = NSCondition()
    private let depth: Int
    private var batches: [Batch] = []
    private var outcome: Result<Outcome, any Error>?
    private var abandoned = false

    /// - Parameter depth: how many batches may wait before the maker waits.
    public init(depth: Int) {
        self.depth = depth
    }

    /// The maker's side: waits for room, then hands the batch over.
    ///
    /// - Throws: `CancellationError` once the taker has given up, so that the maker stops.
    public func send(_ batch: Batch) throws {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= depth, !abandoned { condition.wait() }
        if abandoned { throw CancellationError() }
        batches.append(batch)
        condition.broadcast()
    }

    /// The maker's side: it has sent its last batch, or failed.
    public func finish(_ outcome: Result<Outcome, any Error>) {
        condition.lock()
        defer { condition.unlock() }
        self.outcome = outcome
        condition.broadcast()
    }

    /// The taker's side: the next batch, waiting for it; once the maker has finished and every batch was
    /// taken, what it returned or threw.
    public func next() -> Delivery {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, outcome == nil { condition.wait() }
        if let outcome, batches.isEmpty { return .finished(outcome) }
        condition.broadcast()
        return .batch(batches.removeFirst())
    }

    /// The taker's side: no more batches will be taken. Stops the maker at its next hand-over and waits until
    /// it has finished; returns at once when it already has.
    public func abandon() {
        condition.lock()
        defer { condition.unlock() }
        abandoned = true
        batches.removeAll()
        condition.broadcast()
        while outcome == nil { condition.wait() }
    }
}
