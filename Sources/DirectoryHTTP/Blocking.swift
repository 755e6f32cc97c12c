import Directory
import Dispatch
import Hummingbird

/// Runs the store's synchronous reads off Swift's cooperative threads (two on this machine's two cores): a
/// read that waits for the disk would otherwise hold one of them and stall every other request.
enum Blocking {
    /// Runs `body` on a dispatch thread; after `limit`, answers 503 without waiting for it (SQLite cannot be
    /// stopped from here: the read finishes and is dropped, on one of the pool's few readers).
    static func run<T: Sendable>(
        limit: Duration, _ body: @escaping @Sendable () throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let pending = Locked<CheckedContinuation<T, any Error>?>(continuation)
            DispatchQueue.global(qos: .userInitiated).async {
                let result = Result { try body() }
                pending.withLock { $0.take() }?.resume(with: result)
            }
            let seconds = Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                pending.withLock { $0.take() }?.resume(
                    throwing: Problem(.serviceUnavailable, "the question took longer than \(seconds) s: narrow it"))
            }
        }
    }
}
