import Foundation

/// A value that threads share, read and changed under a lock: what `Synchronization.Mutex` does, over
/// `NSLock` (a pthread mutex).
///
/// ThreadSanitizer does not see `Mutex`'s lock (Swift 6.3.1 on Linux, debug builds): two threads changing a
/// dictionary each inside `withLock` were reported as a "Swift access race" in one run of three (a
/// ten-line program; CI's ThreadSanitizer run failed on `Normalizer`'s cache the same way). It sees a pthread
/// mutex, and the same program with one reports nothing.
public final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) {
        self.value = value
    }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
