import Dispatch
import NIOCore
import Synchronization

/// Carries an export's chunks from the dispatch thread that reads them, in one read transaction, to the
/// response body, at most `depth` chunks ahead: a slow client slows the reading instead of filling memory,
/// and a client that goes away stops it.
final class ChunkPipe: Sendable {
    let chunks: AsyncThrowingStream<ByteBuffer, any Error>
    private let continuation: AsyncThrowingStream<ByteBuffer, any Error>.Continuation
    private let slots: DispatchSemaphore
    private let closed = Atomic<Bool>(false)

    init(depth: Int) {
        (chunks, continuation) = AsyncThrowingStream.makeStream()
        // Made at 0 and raised: libdispatch stops the process when a semaphore goes away below the value it
        // was made with, which is where a pipe ends whose client left with chunks unread (found under load
        // by Tools/serve-under-faults.sh).
        slots = DispatchSemaphore(value: 0)
        for _ in 0..<depth { slots.signal() }
    }

    /// The producer's side: waits for room, then hands the chunk over.
    ///
    /// - Throws: `CancellationError` once the consumer has gone, so that the reading stops.
    func send(_ bytes: [UInt8]) throws {
        slots.wait()
        if closed.load(ordering: .acquiring) { throw CancellationError() }
        continuation.yield(ByteBuffer(bytes: bytes))
    }

    /// The producer's side: the last chunk was sent, or the reading failed.
    func finish(throwing error: (any Error)? = nil) {
        continuation.finish(throwing: error)
    }

    /// The consumer's side: a chunk was written out, which makes room for another.
    func consumed() {
        slots.signal()
    }

    /// The consumer's side: no more chunks will be taken; wakes the producer so that it stops.
    func close() {
        closed.store(true, ordering: .releasing)
        slots.signal()
    }
}
