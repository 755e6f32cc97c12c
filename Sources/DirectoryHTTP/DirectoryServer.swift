public import Hummingbird
public import Logging
import NIOCore

/// Where `sanctuary serve` listens.
public struct ServerSettings: Sendable {
    public var host: String
    /// 0 asks the system for a free port; `onRunning` is told which.
    public var port: Int
    /// The partner sites whose pages may read the directory (CORS); `*` for any.
    public var allowedOrigins: [String]
    public var limits: RequestLimits

    public init(
        host: String = "127.0.0.1", port: Int = 8080, allowedOrigins: [String] = [], limits: RequestLimits = .standard
    ) {
        self.host = host
        self.port = port
        self.allowedOrigins = allowedOrigins
        self.limits = limits
    }
}

/// The HTTP API of a directory database: what the command line answers, as JSON, for the audience that
/// asks (see `DirectoryContext`).
public enum DirectoryServer {
    /// - Parameter onRunning: called with the port once the server listens.
    public static func application(
        database path: String, settings: ServerSettings, logger: Logger,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        let stores = try ServedStores(path: path, limits: settings.limits)
        let assets = try WebAssets.bundled()
        let router = Router(context: DirectoryContext.self)
        router.add(middleware: AccessLogMiddleware())
        // Outside the problems, so that a partner's page can read an error's detail too.
        router.add(middleware: CrossOriginMiddleware(allowed: AllowedOrigins(settings.allowedOrigins)))
        router.add(middleware: ProblemMiddleware())
        router.add(middleware: BearerMiddleware(stores: stores))
        router.add(middleware: ETagMiddleware(stores: stores))
        router.get("/health") { _, _ in try JSONResponse.ok(["status": "ok"]) }
        router.get("/openapi.json") { request, _ in
            _ = try QueryParameters(request, known: [])
            return JSONResponse.ok(json: Array(OpenAPIDocument.json.utf8))
        }
        EntityRoutes(stores: stores).register(on: router)
        QuestionRoutes(stores: stores).register(on: router)
        ExportRoutes(stores: stores).register(on: router)
        WebRoutes(assets: assets).register(on: router)
        return Application(
            router: router,
            server: .http1(
                configuration: .init(additionalChannelHandlers: [
                    UnreadBodyCloser(lingering: TimeAmount(settings.limits.unreadBodyLingering))
                ])),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "sanctuary"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? settings.port) },
            logger: logger)
    }
}
