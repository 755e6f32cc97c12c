import Hummingbird

/// CORS for the partner sites named in the settings: a browser on one of their pages may read the answers
/// (and their ETags); a preflight from anywhere else is refused.
struct CrossOriginMiddleware<Context: RequestContext>: RouterMiddleware {
    let allowed: AllowedOrigins

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let origin = request.headers[.origin] else { return try await next(request, context) }
        let permitted = allowed.permits(origin)
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            guard permitted else {
                return try Problem(.forbidden, "the origin \(origin) may not read this directory").response(
                    from: request, context: context)
            }
            var headers = headers(for: origin)
            headers[.accessControlAllowMethods] = "GET, HEAD, POST"
            headers[.accessControlAllowHeaders] = "Authorization, Content-Type, If-None-Match"
            headers[.accessControlMaxAge] = "600"
            return Response(status: .noContent, headers: headers)
        }
        var response = try await next(request, context)
        if permitted {
            for field in headers(for: origin) { response.headers[field.name] = field.value }
            response.headers[.accessControlExposeHeaders] = "ETag"
        }
        return response
    }

    private func headers(for origin: String) -> HTTPFields {
        [.accessControlAllowOrigin: allowed.any ? "*" : origin, .vary: "Origin, Authorization"]
    }
}

/// The origins (`https://partner.example`) whose pages may read the directory; `*` for any.
struct AllowedOrigins: Sendable {
    let origins: Set<String>
    var any: Bool { origins.contains("*") }

    init(_ origins: [String]) {
        self.origins = Set(origins.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 })
    }

    func permits(_ origin: String) -> Bool { any || origins.contains(origin) }
}
