import Directory
import Hummingbird

/// The command line's questions, with its options as query parameters: `/v1/who`, `/v1/near`,
/// `/v1/connections`, `/v1/convergences` and `/v1/sources`. Lists are repeated parameters (`on=a&on=b`).
struct QuestionRoutes {
    let stores: ServedStores

    func register(on router: Router<DirectoryContext>) {
        router.get("/v1/who") { request, context in try await answer(context) { try who(request, $0) } }
        router.get("/v1/near") { request, context in try await answer(context) { try near(request, $0) } }
        router.get("/v1/connections") { request, context in
            try await answer(context) { try connections(request, $0) }
        }
        router.get("/v1/convergences") { request, context in
            try await answer(context) { try convergences(request, $0) }
        }
        router.get("/v1/sources") { request, context in
            _ = try QueryParameters(request, known: [])
            return try await answer(context) { Page(results: try $0.sources()) }
        }
    }

    /// Runs `question` for the audience that asks, and answers with its JSON.
    private func answer(
        _ context: DirectoryContext,
        _ question: @escaping @Sendable (DirectoryStore) throws -> some Encodable & Sendable
    ) async throws -> Response {
        try JSONResponse.ok(try await stores.answer(context.audience, question))
    }

    private func who(_ request: Request, _ store: DirectoryStore) throws -> Page<WhoHit> {
        let parameters = try QueryParameters(request, known: ["in", "kind", "since", "until", "limit"], lists: ["on"])
        let themes = parameters.list("on")
        if themes.isEmpty { throw Problem.parameter("on", "missing: give a theme, or several (on=a&on=b)") }
        let query = WhoQuery(
            themes: themes, place: parameters.text("in"), kind: try parameters.kind(), window: try parameters.window(),
            limit: try parameters.limit(default: 50, maximum: 500))
        return Page(results: try store.who(query))
    }

    private func near(_ request: Request, _ store: DirectoryStore) throws -> NearResult {
        let parameters = try QueryParameters(request, known: ["place", "km", "kind", "limit"])
        return try store.near(
            NearQuery(
                place: try parameters.required("place"), kilometres: try parameters.kilometres("km"),
                kind: try parameters.kind(),
                limit: try parameters.limit(default: 50, maximum: 500)))
    }

    private func connections(_ request: Request, _ store: DirectoryStore) throws -> Connections {
        let parameters = try QueryParameters(
            request,
            known: ["from", "to", "max_depth", "paths", "skip_themes", "max_degree", "country", "since", "until"],
            lists: ["via", "kind"])
        let relations = try parameters.list("via").map { name in
            guard let relation = Relation(rawValue: name) else {
                let names = Relation.allCases.map(\.rawValue).joined(separator: ", ")
                throw Problem.parameter("via", "'\(name)' is not a relation: \(names)")
            }
            return relation
        }
        let kinds = try parameters.kinds()
        let filter = GraphFilter(
            relations: relations.isEmpty ? nil : Set(relations), skipThemes: try parameters.flag("skip_themes"),
            maxDegree: try parameters.integer("max_degree", default: 1000, in: 1...1_000_000),
            window: try parameters.window(), kinds: kinds.isEmpty ? nil : Set(kinds),
            country: parameters.text("country"))
        return try store.connections(
            ConnectionQuery(
                from: try parameters.required("from"), to: try parameters.required("to"),
                maxDepth: try parameters.integer("max_depth", default: 6, in: 1...12),
                paths: try parameters.integer("paths", default: 3, in: 1...50), filter: filter))
    }

    /// `by=places|themes|pairs|campaigns`, with `themes` (a list) for `by=themes`.
    private func convergences(_ request: Request, _ store: DirectoryStore) throws -> ConvergenceAnswer {
        let parameters = try QueryParameters(
            request,
            known: ["by", "min_themes", "max_degree", "kind", "theme", "country", "in", "since", "until", "limit"],
            lists: ["themes"])
        let filter = ConvergenceFilter(
            kind: try parameters.kind(), theme: parameters.text("theme"), country: parameters.text("country"),
            place: parameters.text("in"), window: try parameters.window(),
            limit: try parameters.limit(default: 20, maximum: 200))
        switch try parameters.required("by") {
        case "places":
            let minimum = try parameters.integer("min_themes", default: 1, in: 1...1000)
            return .list(Page(results: try store.convergingPlaces(filter, minThemes: minimum)))
        case "themes":
            let themes = parameters.list("themes")
            if themes.isEmpty { throw Problem.parameter("themes", "missing: give the themes (themes=a&themes=b)") }
            return .themes(try store.convergences(of: themes, filter))
        case "pairs":
            let maxDegree = try parameters.integer("max_degree", default: 1000, in: 2...1_000_000)
            return .list(Page(results: try store.convergingPairs(filter, maxDegree: maxDegree)))
        case "campaigns":
            return .list(Page(results: try store.convergingCampaigns(filter)))
        case let other:
            throw Problem.parameter("by", "'\(other)' is not one of places, themes, pairs, campaigns")
        }
    }
}

/// The answers of `/v1/convergences`: a ranked list under `results`, or where themes meet.
enum ConvergenceAnswer: Encodable, Sendable {
    case list(any Encodable & Sendable)
    case themes(ThemeConvergence)

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .list(let page): try page.encode(to: encoder)
        case .themes(let found): try found.encode(to: encoder)
        }
    }
}
