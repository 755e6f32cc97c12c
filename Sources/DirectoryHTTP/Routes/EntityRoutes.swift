import Directory
import Foundation
import Hummingbird

/// `/v1/entities`: search with filters and pages, one entity with its names, neighbours and sources, and its
/// neighbours alone.
struct EntityRoutes {
    let stores: ServedStores

    static let pageSize = 20
    static let maximumPageSize = 100

    func register(on router: Router<DirectoryContext>) {
        router.get("/v1/entities") { request, context in try await search(request, context) }
        router.get("/v1/entities/{id}") { request, context in
            try JSONResponse.ok(try await details(request, context))
        }
        router.get("/v1/entities/{id}/neighbors") { request, context in
            try JSONResponse.ok(Page(results: try await details(request, context).neighbors))
        }
    }

    private func search(_ request: Request, _ context: DirectoryContext) async throws -> Response {
        let parameters = try QueryParameters(
            request, known: ["q", "kind", "theme", "country", "in", "limit", "cursor"])
        let limit = try parameters.limit(default: Self.pageSize, maximum: Self.maximumPageSize)
        let query = SearchQuery(
            text: parameters.text("q") ?? "", kind: try parameters.kind(), theme: parameters.text("theme"),
            country: parameters.text("country"), place: parameters.text("in"), limit: limit,
            after: try parameters.text("cursor").map(SearchCursor.decode))
        let store = stores.store(for: context.audience)
        let hits = try await Blocking.run { try store.search(query) }
        var next: String?
        if hits.count == limit, let last = hits.last {
            next = Self.link(request, cursor: try SearchCursor.encode(SearchPosition(last)))
        }
        return try JSONResponse.ok(Page(results: hits, next: next))
    }

    private func details(_ request: Request, _ context: DirectoryContext) async throws -> EntityDetails {
        _ = try QueryParameters(request, known: [])
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text) else { throw Problem.parameter("id", "'\(text)' is not an entity id") }
        let store = stores.store(for: context.audience)
        return try await Blocking.run {
            guard let entity = try store.entity(id: id) else { throw DirectoryError.notFound(text) }
            return try store.details(of: entity)
        }
    }

    /// The same request with `cursor` set: its path and query, so that a client follows it as it is.
    private static func link(_ request: Request, cursor: String) -> String {
        let encode = { (text: Substring) in
            text.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(["&", "=", "+"])) ?? ""
        }
        let items = request.uri.queryParameters.filter { $0.key != "cursor" }.map {
            "\(encode($0.key))=\(encode($0.value))"
        }
        return request.uri.path + "?" + (items + ["cursor=\(cursor)"]).joined(separator: "&")
    }
}
