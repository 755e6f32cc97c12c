import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import SanctuaryTestSupport
import Synchronization

/// A web server on 127.0.0.1 that serves feeds the way servers do: with validators, compressed, moved, too
/// large, too slow, missing. It counts what it is asked.
final class FeedServer: Sendable {
    /// What `/news.rss` holds now, and its ETag.
    let news = Mutex<(body: String, etag: String)>(("", "\"v1\""))
    /// Each request's path and its conditional headers, in order.
    let requests = Mutex<[String]>([])

    static func rss(_ titles: [String], link: String = "https://news.example.org/") -> String {
        let items = titles.map { title in
            let slug = title.lowercased().replacing(" ", with: "-")
            return "<item><title>\(title)</title><guid>https://news.example.org/\(slug)</guid></item>"
        }
        return """
            <?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>\(link)</link>
            \(items.joined(separator: "\n"))</channel></rss>
            """
    }

    init() {
        news.withLock { $0.body = Self.rss(["First news"]) }
    }

    private func response(_ text: String, _ headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/rss+xml"
        return Response(status: .ok, headers: fields, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.middlewares.add(Recorder(server: self))
        router.get("news.rss") { request, _ -> Response in
            let (body, etag) = self.news.withLock { $0 }
            if request.headers[.ifNoneMatch] == etag { return Response(status: .notModified) }
            return self.response(body, [.eTag: etag])
        }
        router.get("dated.rss") { request, _ -> Response in
            let date = "Tue, 01 Dec 2026 10:00:00 GMT"
            if request.headers[.ifModifiedSince] == date { return Response(status: .notModified) }
            return self.response(Self.rss(["Dated news"]), [.lastModified: date])
        }
        router.get("plain.rss") { _, _ in self.response(Self.rss(["Plain news"])) }
        router.get("gzip.rss") { request, _ -> Response in
            guard request.headers[.acceptEncoding]?.contains("gzip") == true else {
                return Response(status: .notAcceptable)
            }
            let body = Gzip.compress(Array(Self.rss(["Compressed news"]).utf8))
            return Response(
                status: .ok, headers: [.contentEncoding: "gzip", .contentType: "application/rss+xml"],
                body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        router.get("bomb.rss") { _, _ -> Response in
            let body = Gzip.compress([UInt8](repeating: UInt8(ascii: " "), count: 4 << 20))
            return Response(
                status: .ok, headers: [.contentEncoding: "gzip"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        router.get("big.rss") { _, _ in self.response(String(repeating: " ", count: 2 << 20)) }
        router.get("slow.rss") { _, _ -> Response in
            try await Task.sleep(for: .seconds(5))
            return self.response(Self.rss(["Late news"]))
        }
        router.get("moved.rss") { _, _ in
            Response(status: .movedPermanently, headers: [.location: "/feeds/relative.rss"])
        }
        router.get("feeds/relative.rss") { _, _ in
            self.response(
                """
                <rss version="2.0"><channel><title>Relative</title>
                <item><title>Relative link</title><link>items/1</link></item></channel></rss>
                """)
        }
        router.get("loop.rss") { _, _ in Response(status: .found, headers: [.location: "/loop.rss"]) }
        router.get("list.opml") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/x-opml"],
                body: .init(
                    byteBuffer: ByteBuffer(
                        string: """
                            <opml version="2.0"><head><title>Feeds</title></head><body>
                              <outline text="News" xmlUrl="news.rss"/>
                              <outline text="Members" xmlUrl="/plain.rss" items="organization"/>
                              <outline text="Gone" xmlUrl="gone.rss"/>
                              <outline text="Odd" xmlUrl="dated.rss" items="cities"/>
                            </body></opml>
                            """)))
        }
        return router
    }

    /// Runs `test` with the server listening, both on ``ServerExecutor``; `test` gets its address
    /// (`http://127.0.0.1:PORT/`).
    func serve(_ test: @Sendable (String) async throws -> Void) async throws {
        var logger = Logger(label: "feed-server")
        logger.logLevel = .warning
        let application = Application(
            router: router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
        try await withTaskExecutorPreference(ServerExecutor.shared) {
            try await application.test(.live) { client in
                try await test("http://127.0.0.1:\(client.port ?? 0)/")
            }
        }
    }

    /// Notes each request with the validators it sent.
    private struct Recorder: RouterMiddleware {
        let server: FeedServer

        func handle(
            _ request: Request, context: BasicRequestContext,
            next: (Request, BasicRequestContext) async throws -> Response
        ) async throws -> Response {
            var line = request.uri.path
            if let etag = request.headers[.ifNoneMatch] { line += " If-None-Match: \(etag)" }
            if let date = request.headers[.ifModifiedSince] { line += " If-Modified-Since: \(date)" }
            server.requests.withLock { $0.append(line) }
            return try await next(request, context)
        }
    }
}
