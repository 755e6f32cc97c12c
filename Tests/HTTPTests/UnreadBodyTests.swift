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
        try await served.serve { client in
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

    @Test func aConnectionKeptAliveStillAnswersTheNextRequest() async throws {
        try await served.serve { client in
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
