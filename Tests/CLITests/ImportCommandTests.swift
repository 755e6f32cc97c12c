import Foundation
import SanctuaryTestSupport
import Testing

@Suite struct ImportCommandTests {
    let cli: CLI

    init() throws { cli = try CLI() }

    @Test func importingTheDemoTwiceAddsAndUpdatesNothingTheSecondTime() throws {
        let (first, firstReport) = try cli.json(["import"] + Fixtures.demoLists)
        #expect(first.status == 0, "\(first.stderr)")
        #expect((firstReport["added"] as? Int ?? 0) > 100)
        #expect((firstReport["rejected"] as? [Any])?.isEmpty == true)
        let contentBefore = try directoryContent(cli.database)
        #expect(contentBefore.split(separator: "\n").count > 500)
        let (second, secondReport) = try cli.json(["import"] + Fixtures.demoLists)
        #expect(second.status == 0)
        #expect(secondReport["added"] as? Int == 0)
        #expect(secondReport["updated"] as? Int == 0)
        #expect(secondReport["retracted"] as? Int == 0)
        let files = try #require(secondReport["files"] as? [[String: Any]])
        #expect(secondReport["unchanged"] as? Int == files.compactMap { $0["rows"] as? Int }.reduce(0, +))
        #expect(try directoryContent(cli.database) == contentBefore)
    }

    private func fixture(_ name: String, _ text: String) throws -> String {
        try cli.folder.write(name, text)
    }

    @Test func aRowRemovedFromTheFileIsRetractedUnlessAnotherSourceSaysIt() throws {
        let cities = try fixture("cities.csv", "name,country\nTunis,TN\nRabat,MA\nDakar,SN\n")
        let partner = try fixture("partner-cities.csv", "name,country\nDakar,Senegal\n")
        _ = try cli.run("import", cities, partner)
        try cli.folder.write("cities.csv", "name,country\nTunis,TN\n")
        let (result, report) = try cli.json("import", cities)
        #expect(result.status == 0)
        #expect(report["retracted"] as? Int == 2)
        #expect(report["removed"] as? Int == 1)
        #expect(try cli.run("show", "Rabat").status == 1)
        let (dakar, shown) = try cli.json("show", "Dakar")
        #expect(dakar.status == 0)
        #expect((shown["sources"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["partner-cities.csv"])
    }

    @Test func anUnterminatedQuoteIsReportedAtItsLineAndStrictLeavesTheDatabaseAsItWas() throws {
        _ = try cli.run("import", try fixture("cities.csv", "name,country\nTunis,TN\n"))
        let broken = try fixture("more-cities.csv", "name,country\nDakar,SN\nBamako,ML\n\"Rabat,MA\nQuito,EC\n")
        let before = try ProcessRunner.dump(cli.database)

        let strict = try cli.run("import", broken, "--strict")
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("more-cities.csv:4: the quoted field opened on line 4 is never closed"))
        #expect(try ProcessRunner.dump(cli.database) == before)

        let (lenient, report) = try cli.json("import", broken)
        #expect(lenient.status == 2)
        let rejected = try #require(report["rejected"] as? [[String: Any]])
        #expect(rejected.count == 1)
        #expect(rejected.first?["line"] as? Int == 4)
        #expect(report["added"] as? Int == 2)
    }

    @Test func aDryRunPrintsWhatWasReadAndWritesNothing() throws {
        let path = try fixture("eventos.csv", "nombre;ciudad;país\n\"Foro; Social\";Ciudad de México;México\n")
        let cli = try CLI(gazetteer: false)
        let (result, preview) = try cli.json("import", path, "--dry-run")
        #expect(result.status == 0)
        #expect(preview["encoding"] as? String == "UTF-8")
        #expect(preview["delimiter"] as? String == ";")
        #expect(preview["columns"] as? [String] == ["nombre", "ciudad", "país"])
        let rows = try #require(preview["rows"] as? [[String: Any]])
        #expect(rows.first?["line"] as? Int == 2)
        #expect(rows.first?["cells"] as? [String] == ["Foro; Social", "Ciudad de México", "México"])
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }

    @Test func usageMistakesExit64() throws {
        let result = try cli.run("import", "a.csv", "b.csv", "--source", "one")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--source"))
        #expect(try cli.run("import", "a.csv", "--kind", "planet").status == 64)
    }

    @Test func aMissingFileIsNamed() throws {
        let result = try cli.run("import", "no-such-file.csv", "--kind", "city")
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-file.csv: cannot read: no such file"))
    }
}
