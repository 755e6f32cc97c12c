import Directory
import Foundation
import Hummingbird

/// `/v1/entities`: search with filters and pages (also as `POST /v1/search`, so that search words stay out
/// of URLs and logs), one entity with its names, neighbours and sources, and its neighbours alone.
struct EntityRoutes {
    let stores: ServedStores

    static let pageSize = 20
    static let maximumPageSize = 100
    private static let searchFields: Set<String> = [
        "q", "kind", "theme", "country", "in", "near", "km", "since", "until", "limit", "cursor",
    ]

    func register(on router: Router<DirectoryContext>) {
        router.get("/v1/entities") { request, context in
            let parameters = try QueryParameters(request, known: Self.searchFields)
            let query = try Self.query(parameters)
            let page = try await search(query, context)
            let next = page.cursor.map { Self.link(request, cursor: $0) }
            return JSONResponse.ok(json: Page(results: page.results, next: next, cursor: page.cursor).json())
        }
        router.post("/v1/search") { request, context in
            let body = try await SearchBody(request, limit: stores.limits.bodyBytes, fields: Self.searchFields)
            return JSONResponse.ok(json: try await search(try Self.query(body.parameters), context).json())
        }
        router.get("/v1/entities/{id}") { request, context in
            try JSONResponse.ok(try await details(request, context))
        }
        router.get("/v1/entities/{id}/neighbors") { request, context in
            try JSONResponse.ok(Page(results: try await details(request, context).neighbors))
        }
    }

    private static func query(_ parameters: QueryParameters) throws -> SearchQuery {
        if parameters.text("km") != nil, parameters.text("near") == nil {
            throw Problem.parameter("km", "goes with near (the place to measure from)")
        }
        return SearchQuery(
            text: parameters.text("q") ?? "", kind: try parameters.kind(), theme: parameters.text("theme"),
            country: parameters.text("country"), place: parameters.text("in"),
            near: try parameters.text("near").map {
                SearchQuery.Near(place: $0, kilometres: try parameters.kilometres("km"))
            },
            window: try parameters.window(),
            limit: try parameters.limit(default: pageSize, maximum: maximumPageSize),
            after: try parameters.text("cursor").map(SearchCursor.decode))
    }

    /// A page of hits, with the cursor of the next one when this one is full.
    private func search(_ query: SearchQuery, _ context: DirectoryContext) async throws -> Page<SearchHit> {
        let hits = try await stores.answer(context.audience) { try $0.search(query) }
        let cursor = hits.count == query.limit ? try hits.last.map { try SearchCursor.encode(SearchPosition($0)) } : nil
        return Page(results: hits, cursor: cursor)
    }

    private func details(_ request: Request, _ context: DirectoryContext) async throws -> EntityDetails {
        _ = try QueryParameters(request, known: [])
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text) else { throw Problem.parameter("id", "'\(text)' is not an entity id") }
        return try await stores.answer(context.audience) { store in
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
