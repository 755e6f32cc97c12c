import Foundation

/// Blocking work run from an async test on a thread of its own, away from the threads Swift's tasks share:
/// waiting on a socket or on a child process there holds one of those few threads, and the child may itself
/// be waiting on a server in this process that needs one (`sanctuary import URL` against a test's server).
public enum OwnThread {
    public static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }
}
