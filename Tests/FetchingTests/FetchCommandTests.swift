import Foundation
import SanctuaryTestSupport
import Synchronization
import Testing

/// `sanctuary import URL` and `sanctuary sync`, the built binary against a web server on 127.0.0.1.
@Suite struct FetchCommandTests {
    let folder: TemporaryDirectory
    let server = FeedServer()

    /// The binary's temporary folder, where downloads wait to be read.
    let temporary: String

    init() throws {
        folder = try TemporaryDirectory()
        temporary = folder.path("tmp")
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
    }

    /// Runs the binary on a thread of its own: it fetches from this test's server, which must not wait for
    /// the thread the test would hold.
    private func run(_ arguments: [String]) async throws -> ProcessResult {
        let database = folder.path("directory.sqlite")
        return try await OwnThread.run {
            try ProcessRunner.sanctuary(
                arguments + ["--db", database, "--json"], in: Fixtures.root, environment: ["TMPDIR": temporary])
        }
    }

    private func sanctuary(_ arguments: String...) async throws -> (ProcessResult, [String: Any]) {
        let result = try await run(arguments)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result, try #require(object, "stdout is not one JSON object: \(result.stdout) \(result.stderr)"))
    }

    @Test func anAddressIsImportedAndSyncedAndAFailureIsExitStatusOne() async throws {
        try await server.serve { base in
            let (imported, report) = try await sanctuary("import", base + "news.rss", "--items", "campaign")
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(report["added"] as? Int == 1)
            let file = try #require((report["files"] as? [[String: Any]])?.first)
            #expect(file["file"] as? String == base + "news.rss")
            #expect(file["items"] as? String == "campaign")

            server.news.withLock { $0 = (FeedServer.rss(["First news", "Second news"]), "\"v2\"") }
            let (synced, syncReport) = try await sanctuary("sync")
            #expect(synced.status == 0, "\(synced.stderr)")
            #expect(syncReport["added"] as? Int == 1)
            let (again, unchanged) = try await sanctuary("sync")
            #expect(again.status == 0)
            let files = try #require(unchanged["files"] as? [[String: Any]])
            #expect(files.first?["unchanged_because"] as? String == "not modified since the last run (HTTP 304)")

            let missing = try await run(["import", base + "missing.rss"])
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("\(base)missing.rss: the server answered 404"))
            #expect(missing.stdout.isEmpty)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [], "downloads left behind")
    }
}
