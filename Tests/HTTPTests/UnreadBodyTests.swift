import DirectoryHTTP
import Foundation
import HummingbirdTesting
import SanctuaryTestSupport
import Testing

/// A body the server does not read (refused as too large, or sent to a route that takes none) must not keep
/// the connection open: before `UnreadBodyCloser`, each such request with `Connection: close` left its
/// connection and what had arrived of the body in memory for good. The server stopped reading it, which a
/// client sees as a send that never completes: 64 MB is more than the system's socket buffers can hold
/// (4 MB to send, 32 MB to receive, at most, here).
@Suite struct UnreadBodyTests {
    let served: ServedDirectory

    init() throws { served = try ServedDirectory() }

    /// Long enough for 64 MB to pass through a server built with a sanitizer on a loaded machine: the standard
    /// 10 s closed the connection under a CI run's ThreadSanitizer before the client had sent it all.
    static let patient = RequestLimits(unreadBodyLingering: .seconds(300))

    static func request(_ head: String, body: Int, close: Bool) -> [UInt8] {
        let headers =
            [head, "Host: 127.0.0.1", "Content-Type: application/json", "Content-Length: \(body)"]
            + (close ? ["Connection: close"] : [])
        return Array((headers.joined(separator: "\r\n") + "\r\n\r\n").utf8) + [UInt8](repeating: 0x61, count: body)
    }

    @Test(arguments: [
        ("POST /v1/search HTTP/1.1", 64_000_000, "HTTP/1.1 413"),
        ("POST /v1/search HTTP/1.1", 300_000, "HTTP/1.1 413"),
        ("GET /health HTTP/1.1", 64_000_000, "HTTP/1.1 200"),
    ])
    func theServerClosesAfterAnsweringWhatItDidNotRead(head: String, body: Int, status: String) async throws {
        try await served.serve(limits: Self.patient) { client in
            let port = try #require(client.port)
            let (sent, answer) = try await OwnThread.run {
                let connection = try RawConnection(port: port)
                defer { connection.close() }
                return (connection.send(Self.request(head, body: body, close: true)), connection.read())
            }
            #expect(sent, "the server stopped reading the body, so it cannot see the client leave")
            #expect(answer.text.hasPrefix(status), "\(answer.text.prefix(80))")
            #expect(answer.closed, "the connection stayed open")
        }
    }

    /// A client that never finishes its body must not hold the connection: it sends a byte every 100 ms,
    /// which the server takes until its lingering ends. The answer's end (a half-close) comes at once and
    /// cannot tell; only sends that start failing show that the server has closed.
    @Test func theServerClosesWhenTheBodyNeverEnds() async throws {
        try await served.serve(limits: RequestLimits(unreadBodyLingering: .seconds(1))) { client in
            let port = try #require(client.port)
            let (answer, trickled) = try await OwnThread.run {
                let connection = try RawConnection(port: port)
                defer { connection.close() }
                let request = Self.request("POST /v1/search HTTP/1.1", body: 300_000, close: true)
                _ = connection.send(Array(request.prefix(100_000)))
                let answer = connection.read()
                var trickled = 0
                while trickled < 600, connection.send([0x61]) {
                    trickled += 1
                    usleep(100_000)
                }
                return (answer, trickled)
            }
            #expect(answer.text.hasPrefix("HTTP/1.1 413"), "\(answer.text.prefix(80))")
            #expect(trickled < 600, "the server went on reading a body that never ends for a minute")
        }
    }

    @Test func aConnectionKeptAliveStillAnswersTheNextRequest() async throws {
        try await served.serve(limits: Self.patient) { client in
            let port = try #require(client.port)
            let (first, second) = try await OwnThread.run {
                let connection = try RawConnection(port: port)
                defer { connection.close() }
                _ = connection.send(Self.request("POST /v1/search HTTP/1.1", body: 300_000, close: false))
                let first = connection.read(until: "}").text
                _ = connection.send(Self.request("GET /health HTTP/1.1", body: 0, close: true))
                return (first, connection.read())
            }
            #expect(first.hasPrefix("HTTP/1.1 413"))
            #expect(second.text.hasPrefix("HTTP/1.1 200"))
            #expect(second.text.hasSuffix(#"{"status":"ok"}"#))
            #expect(second.closed)
        }
    }
}
