import Dispatch

/// Runs the store's synchronous reads off Swift's cooperative threads (two on this machine's two cores): a
/// read that waits for the disk would otherwise hold one of them and stall every other request.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}
