import Foundation
import SanctuaryTestSupport
import Testing

@Suite struct DemoCommandTests {
    @Test func theDemoBuildsTheDirectoryAndRunningItAgainChangesNothing() throws {
        let folder = try TemporaryDirectory()
        let database = folder.path("demo.sqlite")
        let first = try ProcessRunner.sanctuary(["demo", "--db", database], in: Fixtures.root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Who works on migration in Mexico City?"))
        #expect(first.stdout.contains("Red Jurídica Migrante"))
        let second = try ProcessRunner.sanctuary(["demo", "--db", database, "--json"], in: folder.url)
        #expect(second.status == 0, "\(second.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        let imported = try #require(report["imported"] as? [String: Any])
        #expect(imported["added"] as? Int == 0)
        #expect(imported["updated"] as? Int == 0)
        let statistics = try #require(report["statistics"] as? [String: Any])
        let countries = try #require(statistics["countries"] as? Int)
        #expect(countries >= 20)
    }

    @Test func helpListsTheCommandsAndExitCodes() throws {
        let result = try ProcessRunner.sanctuary(["--help"])
        #expect(result.status == 0)
        for command in ["demo", "import", "search", "show", "stats", "sources", "merge"] {
            #expect(result.stdout.contains("  \(command)"))
        }
        #expect(result.stdout.contains("64 wrong usage"))
    }
}
