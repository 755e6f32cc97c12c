import Foundation
import SanctuaryTestSupport
import Testing

@Suite struct DemoCommandTests {
    @Test func theDemoBuildsAFreshDirectoryEveryTime() throws {
        let folder = try TemporaryDirectory()
        let database = folder.path("demo.sqlite")
        let first = try ProcessRunner.sanctuary(["demo", "--db", database, "--no-serve"], in: Fixtures.root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Who works on migration in Mexico City?"))
        #expect(first.stdout.contains("Red Jurídica Migrante"))
        let second = try ProcessRunner.sanctuary(["demo", "--db", database, "--no-serve", "--json"], in: folder.url)
        #expect(second.status == 0, "\(second.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        let imported = try #require(report["imported"] as? [String: Any])
        #expect(imported["added"] as? Int ?? 0 > 100)
        #expect(imported["updated"] as? Int ?? 0 < 20)
        #expect(imported["unchanged"] as? Int == 0)
        let statistics = try #require(report["statistics"] as? [String: Any])
        let countries = try #require(statistics["countries"] as? Int)
        #expect(countries >= 20)
        #expect(report["url"] == nil)
    }

    @Test func theDemoNeverRebuildsSomeoneElsesDirectory() throws {
        let cli = try CLI(gazetteer: false)
        let list = try cli.folder.write("organizations.csv", "name,website\nMine,mine.example.org\n")
        #expect(try cli.run("import", list).status == 0)
        let result = try ProcessRunner.sanctuary(["demo", "--db", cli.database, "--no-serve"], in: Fixtures.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("holds the source 'organizations.csv', which is not a demo list"))
        #expect(try cli.run("show", "Mine").status == 0)
    }

    @Test func theDemoServesWhatItBuilt() async throws {
        let folder = try TemporaryDirectory()
        let server = try RunningServer(["demo", "--db", folder.path("demo.sqlite")])
        #expect((server.announcement["statistics"] as? [String: Any])?["entities"] as? Int ?? 0 > 100)
        let (status, _, body) = try await server.get("/v1/who?on=migration&in=Mexico%20City&kind=organization")
        #expect(status == 200)
        let object = try JSONSerialization.jsonObject(with: body) as? [String: Any]
        let names = (object?["results"] as? [[String: Any]] ?? []).compactMap {
            ($0["entity"] as? [String: Any])?["name"] as? String
        }
        #expect(names.contains("Red Jurídica Migrante"))
        #expect(names.contains("Casa de Acogida Migrante CDMX"))
        #expect(!names.contains("Red de Casas Seguras"))
        let examples = try #require(server.announcement["examples"] as? [String])
        #expect(examples.count == 6)
        for example in examples {
            let path = String(example.dropFirst(server.url.absoluteString.count - 1))
            let (status, _, body) = try await server.get(path)
            #expect(status == 200, "\(path)")
            #expect(!String(decoding: body, as: UTF8.self).contains("Red de Casas Seguras"), "\(path)")
        }
        #expect(server.stop().status == 0)
    }

    @Test func helpListsTheCommandsAndExitCodes() throws {
        let result = try ProcessRunner.sanctuary(["--help"])
        #expect(result.status == 0)
        for command in ["demo", "import", "search", "show", "stats", "sources", "merge", "serve", "tokens"] {
            #expect(result.stdout.contains("  \(command)"))
        }
        #expect(result.stdout.contains("64 wrong usage"))
    }
}
