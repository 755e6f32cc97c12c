import Foundation
import HummingbirdTesting
import SanctuaryTestSupport
import Testing

/// The test servers answer while synchronous work holds the threads Swift's tasks share, as synchronous tests
/// beside the served ones hold them (``ServerExecutor``). With the server on those threads, it failed in one
/// of two runs of the whole suite, and passed alone: it fails only when the suite's own waiting adds to its
/// holders.
///
/// The holders let go once the answer has come, or after 30 s: the test needs no tighter limit, which a
/// loaded machine (the suite under ThreadSanitizer) could miss. Without the executor it fails after about
/// 4 x 30 s, as the holders time out a pool's width at a time.
@Suite struct BlockedPoolTests {
    let served: ServedDirectory

    init() throws { served = try ServedDirectory() }

    @Test func theServerAnswersWhileThePoolIsHeld() async throws {
        try await served.serve { client in
            let port = try #require(client.port)
            let release = DispatchSemaphore(value: 0)
            // More holders than the pool has threads, each until the answer (at most 30 s).
            let held = (0..<(4 * ProcessInfo.processInfo.activeProcessorCount)).map { _ in
                Task.detached { release.wait(timeout: .now() + 30) == .success }
            }
            try await OwnThread.run { Thread.sleep(forTimeInterval: 0.5) }
            let answer = try await OwnThread.run {
                let connection = try RawConnection(port: port)
                defer { connection.close() }
                _ = connection.send(Array("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8))
                return connection.read()
            }
            for _ in held { release.signal() }
            #expect(answer.text.hasPrefix("HTTP/1.1 200"), "\(answer.text.prefix(80))")
            for task in held { #expect(await task.value, "a holder let go before the answer came") }
        }
    }
}
