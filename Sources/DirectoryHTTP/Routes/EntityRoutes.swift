import Directory
import Foundation
import Hummingbird

/// `/v1/entities`: search with filters and pages (also as `POST /v1/search`, so that search words stay out
/// of URLs and logs), one entity with its names, sources and first neighbours, and its neighbours by page.
struct EntityRoutes {
    let stores: ServedStores

    static let pageSize = 20
    static let maximumPageSize = 100
    /// A city can have tens of thousands of neighbours: an answer built whole for each of many clients at once
    /// would bound the server's memory by the largest city rather than by a constant.
    static let neighborPageSize = 50
    static let maximumNeighborPageSize = 500
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
            _ = try QueryParameters(request, known: [])
            let id = try Self.id(context)
            let details = try await stores.answer(context.audience) { store in
                try store.details(of: try Self.entity(id, in: store), neighborLimit: Self.neighborPageSize)
            }
            let total = details.neighborCounts.reduce(0) { $0 + $1.count }
            let next = try details.neighbors.last.flatMap { last in
                total > details.neighbors.count
                    ? "/v1/entities/\(id)/neighbors?cursor=\(try PageCursor.encode(NeighborPosition(last)))" : nil
            }
            return try JSONResponse.ok(ServedDetails(details: details, neighborsNext: next))
        }
        router.get("/v1/entities/{id}/neighbors") { request, context in
            let parameters = try QueryParameters(request, known: ["limit", "cursor"])
            let id = try Self.id(context)
            let limit = try parameters.limit(default: Self.neighborPageSize, maximum: Self.maximumNeighborPageSize)
            let after = try parameters.text("cursor").map { try PageCursor.decode($0, as: NeighborPosition.self) }
            let neighbors = try await stores.answer(context.audience) { store in
                try store.neighbors(of: try Self.entity(id, in: store).id, limit: limit, after: after)
            }
            let cursor =
                neighbors.count == limit ? try neighbors.last.map { try PageCursor.encode(NeighborPosition($0)) } : nil
            return try JSONResponse.ok(
                Page(results: neighbors, next: cursor.map { Self.link(request, cursor: $0) }, cursor: cursor))
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
            after: try parameters.text("cursor").map { try PageCursor.decode($0, as: SearchPosition.self) })
    }

    /// A page of hits, with the cursor of the next one when this one is full.
    private func search(_ query: SearchQuery, _ context: DirectoryContext) async throws -> Page<SearchHit> {
        let hits = try await stores.answer(context.audience) { try $0.search(query) }
        let cursor = hits.count == query.limit ? try hits.last.map { try PageCursor.encode(SearchPosition($0)) } : nil
        return Page(results: hits, cursor: cursor)
    }

    private static func id(_ context: DirectoryContext) throws -> Int64 {
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text) else { throw Problem.parameter("id", "'\(text)' is not an entity id") }
        return id
    }

    /// The entity if the audience may see it; otherwise not found, the same as one that does not exist.
    private static func entity(_ id: Int64, in store: DirectoryStore) throws -> Entity {
        guard let entity = try store.entity(id: id) else { throw DirectoryError.notFound(String(id)) }
        return entity
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
