import Directory
import Foundation
import Hummingbird
import Logging

/// Who asks: a request with a partner's token (`Authorization: Bearer TOKEN`) is answered for partners, one
/// without for the public. A token that is unknown or revoked is refused rather than answered as the public,
/// so that a partner notices; the answer says nothing of which it was.
struct BearerMiddleware: RouterMiddleware {
    typealias Context = DirectoryContext

    let stores: ServedStores

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let header = request.headers[.authorization] else { return try await next(request, context) }
        let refusal = Problem(
            .unauthorized, "the token is not valid: ask the directory's curator for one",
            headers: [.wwwAuthenticate: "Bearer error=\"invalid_token\""])
        guard header.count > 7, header.prefix(7).lowercased() == "bearer " else {
            throw Problem(
                .unauthorized, "the Authorization header must be 'Bearer TOKEN'", headers: [.wwwAuthenticate: "Bearer"])
        }
        let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        guard let partner = try await stores.answer(.public, { try $0.partner(token: token) }) else { throw refusal }
        var context = context
        context.audience = .partners
        context.logger[metadataKey: "partner"] = "\(partner)"
        return try await next(request, context)
    }
}
