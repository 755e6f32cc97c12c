import Dispatch

/// Where the web servers the tests start run their tasks: a queue of their own, not the pool of threads
/// Swift's tasks share.
///
/// Synchronous tests hold that pool's threads while they work or wait (on the gazetteer template the first
/// of them builds, on a child process), and the pool is small: about as many threads as cores. A server on it
/// then answers late or not at all, we think as in a CI run of 2026-12-04 under ThreadSanitizer, where
/// `UnreadBodyTests` and `FetchCommandTests` timed out (60 s) while most of the suite waited for the template.
/// `BlockedPoolTests` holds the pool and asks. In production the server has its process to itself.
public final class ServerExecutor: TaskExecutor {
    public static let shared = ServerExecutor()

    private let queue = DispatchQueue(label: "sanctuary.test-servers", attributes: .concurrent)

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
