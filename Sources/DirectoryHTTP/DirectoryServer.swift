public import Hummingbird
public import Logging
import NIOCore

/// Where `sanctuary serve` listens.
public struct ServerSettings: Sendable {
    public var host: String
    /// 0 asks the system for a free port; `onRunning` is told which.
    public var port: Int

    public init(host: String = "127.0.0.1", port: Int = 8080) {
        self.host = host
        self.port = port
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
        let stores = try ServedStores(path: path)
        let router = Router(context: DirectoryContext.self)
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: ProblemMiddleware())
        router.add(middleware: BearerMiddleware(stores: stores))
        router.add(middleware: ETagMiddleware(counter: stores.changes))
        router.get("/health") { _, _ in try JSONResponse.ok(["status": "ok"]) }
        EntityRoutes(stores: stores).register(on: router)
        QuestionRoutes(stores: stores).register(on: router)
        return Application(
            router: router,
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "sanctuary"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? settings.port) },
            logger: logger)
    }
}
