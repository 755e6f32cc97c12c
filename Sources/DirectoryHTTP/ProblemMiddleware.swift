import Directory
import Hummingbird
import Logging

/// Turns every error into problem details: the routes' own, the directory's, and the router's (no such
/// route, a method it does not take). Anything else is logged and answered with a bare 500.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    init() {}

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            return try problem.response(from: request, context: context)
        } catch let error as DirectoryError {
            let problem = Problem(error)
            if problem.status == .internalServerError {
                context.logger.error("the directory failed", metadata: ["error": "\(error)"])
            }
            return try problem.response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            let detail =
                error.status == .notFound ? "no such resource: \(request.uri.path)" : error.status.reasonPhrase
            return try Problem(error.status, detail).response(from: request, context: context)
        } catch {
            context.logger.error("a request failed", metadata: ["error": "\(error)"])
            return try Problem(.internalServerError, "the server could not answer").response(
                from: request, context: context)
        }
    }
}
