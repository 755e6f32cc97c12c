import Directory
import Foundation
import Hummingbird

/// ETags from the database's changes: every answer is a function of the data, the route and who asks, so a
/// GET carries the count of changes (read before the answer is, so the answer is at least that new), the
/// audience, and a token of this process (counts start again with it). A client sending the tag back gets
/// `304 Not Modified` until something changes.
struct ETagMiddleware: RouterMiddleware {
    typealias Context = DirectoryContext

    let stores: ServedStores
    private let epoch = String(UUID().uuidString.prefix(8)).lowercased()

    init(stores: ServedStores) {
        self.stores = stores
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method == .get || request.method == .head, !WebRoutes.serves(request.uri.path) else {
            return try await next(request, context)
        }
        let counter = stores.changes
        let changes = try await Blocking.run(limit: stores.limits.time) { try counter.changes() }
        let tag = "W/\"\(epoch)-\(changes)-\(context.audience)\""
        if let asked = request.headers[.ifNoneMatch], Self.matches(asked, tag) {
            return Response(status: .notModified, headers: [.eTag: tag, .vary: "Authorization"])
        }
        var response = try await next(request, context)
        if response.status == .ok {
            response.headers[.eTag] = tag
            response.headers[.vary] = "Authorization"
        }
        return response
    }

    /// RFC 9110's weak comparison: a list of tags, or `*`.
    static func matches(_ header: String, _ tag: String) -> Bool {
        let opaque = { (text: Substring) in text.hasPrefix("W/") ? text.dropFirst(2) : text }
        return header.split(separator: ",").contains { candidate in
            let trimmed = candidate.trimmingCharacters(in: .whitespaces)
            return trimmed == "*" || opaque(Substring(trimmed)) == opaque(Substring(tag))
        }
    }
}
