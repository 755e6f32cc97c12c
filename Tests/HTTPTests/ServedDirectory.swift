import Directory
import DirectoryHTTP
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import SanctuaryTestSupport
import Testing

/// A directory with something of every visibility, served on 127.0.0.1 (a free port) for one test.
///
/// Berlin has Open, Shelter (sensitive, with a position of its own) and Alpha to Delta (public), Partner
/// (partners) and Hidden (private), all working on migration; Open is allied with Hidden.
struct ServedDirectory {
    let fixture: TemporaryStore
    var store: DirectoryStore { fixture.store }

    static let publicOrganizations = ["Alpha", "Bravo", "Charlie", "Delta", "Open", "Shelter"]

    /// A directory of what `build` asserts, as the source "list".
    init(building build: (SourceRun) throws -> Void) throws {
        fixture = try TemporaryStore()
        _ = try fixture.store.run("list", build)
    }

    init() throws {
        try self.init { run in
            let berlin = try run.city("Berlin", "DE", lat: 52.52, lon: 13.40)
            let migration = try run.theme("migration")
            func organization(
                _ name: String, _ visibility: Visibility = .public, sensitive: Bool = false, lat: Double? = nil,
                lon: Double? = nil
            ) throws -> Int64 {
                try run.organization(
                    name, visibility, sensitive: sensitive, lat: lat, lon: lon, country: "DE", basedIn: berlin,
                    worksOn: migration)
            }
            let open = try organization("Open")
            let hidden = try organization("Hidden", .private)
            try run.link(open, .alliedWith, hidden)
            _ = try organization("Partner", .partners)
            _ = try organization("Shelter", sensitive: true, lat: 52.5301, lon: 13.3849)
            for name in ["Alpha", "Bravo", "Charlie", "Delta"] { _ = try organization(name) }
        }
    }

    /// Runs `test` against a live server on this directory, both on ``ServerExecutor``.
    func serve(
        allowing origins: [String] = [], limits: RequestLimits = .standard,
        _ test: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let application = try DirectoryServer.application(
            database: store.path,
            settings: ServerSettings(host: "127.0.0.1", port: 0, allowedOrigins: origins, limits: limits),
            logger: logger)
        try await withTaskExecutorPreference(ServerExecutor.shared) { try await application.test(.live, test) }
    }
}

extension TestResponse {
    /// The body as a JSON object.
    func object() throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(String(buffer: body).utf8))
        return try #require(value as? [String: Any], "not a JSON object: \(String(buffer: body))")
    }

    /// The names of the entities under `results`.
    func names() throws -> [String] {
        (try object()["results"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }
}
