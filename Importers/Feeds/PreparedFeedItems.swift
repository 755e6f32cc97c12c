import Directory
import Foundation
import XMLStream

/// A feed's items read, mapped, their facts prepared for the store (``PreparedFacts``) and searched for the
/// names they mention on a thread of their own, a few batches ahead of the import, which writes them on the
/// calling thread: the run's database connection is that thread's alone, and writing is most of an import's
/// time (docs/PERFORMANCE.md).
struct PreparedFeedItems {
    /// An item as the import takes it.
    struct Item: Sendable {
        var record: Result<MappedRecord, RowMapper.Rejection>
        /// The mapped record's facts prepared for the store; nil when the item was rejected.
        var facts: PreparedFacts?
        var line: Int
        /// The entities the item names, in id order: empty unless a finder was given and the item was mapped.
        var mentions: [Int64]
    }

    /// Items handed over at a time: enough that waking the other thread is rare, few enough that memory does
    /// not grow with the feed.
    static let batchSize = 64

    /// Reads the feed in the file at `path` and hands its items to `body` in order, on the calling thread.
    /// Returns, or throws, only once the preparing thread has ended, also when `body` throws.
    ///
    /// - Parameters:
    ///   - location: where the feed came from (its URL), the base of its relative links.
    ///   - finder: looks for the names each mapped item mentions (articles); nil for none.
    /// - Throws: ``FeedError``, or what `body` throws. Items read before a ``FeedError`` are handed over first.
    static func reading(
        path: String, location: String?, mapper: FeedItemMapper, finder: MentionFinder?,
        _ body: (Item) throws -> Void
    ) throws -> FeedReader.Header {
        let pipe = BatchPipe<[Item], FeedReader.Header>(depth: 4)
        let spent = Locked<[[Item]]>([])
        Thread.detachNewThread {
            pipe.finish(
                prepare(path: path, location: location, mapper: mapper, finder: finder, into: pipe, freeing: spent))
        }
        defer { pipe.abandon() }
        while true {
            switch pipe.next() {
            case .batch(let items):
                for index in items.indices { try body(items[index]) }
                // Freeing an item's strings and arrays took 2 % of the writing thread: the preparing thread,
                // which has time to spare, frees them instead.
                spent.withLock { $0.append(items) }
            case .finished(let outcome): return try outcome.get()
            }
        }
    }

    /// - Parameter spent: batches the import has written, which this thread frees as it goes.
    private static func prepare(
        path: String, location: String?, mapper: FeedItemMapper, finder: MentionFinder?,
        into pipe: BatchPipe<[Item], FeedReader.Header>, freeing spent: Locked<[[Item]]>
    ) -> Result<FeedReader.Header, any Error> {
        var batch: [Item] = []
        batch.reserveCapacity(batchSize)
        do {
            let header = try FeedReader.read(path: path, location: location) { item in
                let record = mapper.map(item)
                var facts: PreparedFacts?
                var mentions: [Int64] = []
                if case .success(let mapped) = record {
                    facts = PreparedFacts(mapped.facts)
                    if let finder {
                        mentions = finder.mentions(in: [item.title, item.summary, item.content].compactMap { $0 })
                    }
                }
                batch.append(Item(record: record, facts: facts, line: item.line, mentions: mentions))
                if batch.count == batchSize {
                    _ = spent.withLock { batches in
                        defer { batches = [] }
                        return batches
                    }
                    try pipe.send(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try pipe.send(batch) }
            return .success(header)
        } catch {
            // What was read before the error goes first, as it did when items were taken one by one: in strict
            // mode a rejected item among them is the error to report.
            if !(error is CancellationError), !batch.isEmpty { try? pipe.send(batch) }
            return .failure(error)
        }
    }
}
