import Foundation
import Glibc
import HummingbirdTesting
import SanctuaryTestSupport
import Testing

/// The test servers answer while synchronous work holds the threads Swift's tasks share, as synchronous tests
/// beside the served ones hold them (``ServerExecutor``). With the server on those threads, it failed in one
/// of two runs of the whole suite (no answer within 3 s), and passed alone: it fails only when the suite's own
/// waiting adds to its holders.
@Suite struct BlockedPoolTests {
    let served: ServedDirectory

    init() throws { served = try ServedDirectory() }

    @Test func theServerAnswersWhileThePoolIsHeld() async throws {
        try await served.serve { client in
            let port = try #require(client.port)
            // More holders than the pool has threads, each for 4 s.
            let held = (0..<(4 * ProcessInfo.processInfo.activeProcessorCount)).map { _ in
                Task.detached { _ = usleep(4_000_000) }
            }
            try await OwnThread.run { Thread.sleep(forTimeInterval: 0.5) }
            let started = Date()
            let answer = try await OwnThread.run {
                let connection = try RawConnection(port: port, timeout: 3)
                defer { connection.close() }
                _ = connection.send(Array("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8))
                return connection.read()
            }
            #expect(answer.text.hasPrefix("HTTP/1.1 200"), "\(answer.text.prefix(80))")
            #expect(Date().timeIntervalSince(started) < 3)
            for task in held { await task.value }
        }
    }
}
