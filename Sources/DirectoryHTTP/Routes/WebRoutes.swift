import HTTPTypes
import Hummingbird
import NIOCore

/// The directory page at `/`, the partner widget at `/embed`, and their files under `/assets/`. Both pages
/// read everything from `/v1` in the browser; the Content-Security-Policy keeps every request they make on
/// this origin, so that no third party learns who looks at whom.
struct WebRoutes {
    let assets: WebAssets

    private static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    /// Only the widget may be framed, by any site: it shows what the public may see.
    private static func policy(framedBy ancestors: String) -> String {
        [
            "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "connect-src 'self'", "form-action 'self'", "base-uri 'none'", "frame-ancestors \(ancestors)",
        ].joined(separator: "; ")
    }

    /// Whether a path is one of the page's, which carry their own tags rather than the data's.
    static func serves(_ path: String) -> Bool {
        path == "/" || path == "/embed" || path == "/favicon.ico" || path.hasPrefix("/assets/")
    }

    func register(on router: Router<DirectoryContext>) {
        router.get("/") { request, _ in try respond("index.html", to: request, framedBy: "'none'") }
        router.get("/embed") { request, _ in try respond("embed.html", to: request, framedBy: "*") }
        router.get("/favicon.ico") { request, _ in try respond("icon.svg", to: request, framedBy: "'none'") }
        router.get("/assets/{name}") { request, context in
            try respond(context.parameters.get("name") ?? "", to: request, framedBy: "'none'")
        }
    }

    private func respond(_ name: String, to request: Request, framedBy ancestors: String) throws -> Response {
        guard let asset = assets[name] else { throw Problem(.notFound, "there is no file '\(name)' here") }
        var headers: HTTPFields = [
            .eTag: asset.etag, .cacheControl: "no-cache", .contentSecurityPolicy: Self.policy(framedBy: ancestors),
            .xContentTypeOptions: "nosniff", Self.referrerPolicy: "no-referrer",
        ]
        if let asked = request.headers[.ifNoneMatch], ETagMiddleware.matches(asked, asset.etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = asset.mediaType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
    }
}
