import Foundation
import SanctuaryTestSupport
import Testing

/// Hostile files given to the built binary, one after the other, into a directory that already holds the
/// demo lists: each gets a clear error (with its file and line) or is imported safely, the program never
/// crashes, and what was there before is still there, unchanged.
@Suite struct HostileInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let bytes: [UInt8]
        /// Exit statuses that are right for it: 0 imported, 1 refused, 2 imported with rows rejected.
        let statuses: Set<Int32>
        /// What stderr must say.
        let says: String
        var testDescription: String { file }
    }

    static let depth = 20_000

    static let cases: [Case] = [
        Case(
            file: "huge-line.csv",
            bytes: Array(("name,country,description\nBig,DE," + String(repeating: "x", count: 1_500_000)).utf8)
                + Array("\nSmall,FR,fine\n".utf8),
            statuses: [2], says: "huge-line.csv:2: cell 3 holds 1500000 bytes, over the 1048576 a cell may hold"),
        Case(
            file: "nul.csv", bytes: Array("name,country\nNul".utf8) + [0] + Array("Name,DE\nPlain,FR\n".utf8),
            statuses: [2], says: "nul.csv:2: cell 1 holds the control character U+0000"),
        Case(
            file: "escape.csv", bytes: Array("name,country\nRed \u{1B}[31malert,DE\n".utf8), statuses: [2],
            says: "escape.csv:2: cell 1 holds the control character U+001B"),
        Case(
            file: "invalid-utf8.csv",
            bytes: Array("name,country\nBad ".utf8) + [0xFF, 0xFE] + Array(" name,FR\n".utf8),
            statuses: [0], says: "not UTF-8: read as Windows-1252"),
        Case(
            file: "formula.csv",
            bytes: Array(#"name,country,description\#n"=HYPERLINK(""http://x.example"",""go"")",DE,+cmd|calc\#n"#.utf8),
            statuses: [0], says: "1 added"),
        Case(
            file: "deep.rss",
            bytes: Array(
                ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>Deep</title>"
                    + "<description>" + String(repeating: "<div>", count: depth) + "x"
                    + String(repeating: "</div>", count: depth) + "</description></item></channel></rss>").utf8),
            statuses: [0], says: "Excessive depth in document"),
        Case(
            file: "deep-directory.xml",
            bytes: Array(
                ("<?xml version=\"1.0\"?><directory xmlns=\"urn:sanctuary:directory:1\">"
                    + String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth)
                    + "</directory>").utf8),
            statuses: [0], says: "Excessive depth in document"),
        Case(
            file: "binary.xml", bytes: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }, statuses: [1],
            says: "binary.xml"),
        Case(file: "empty.csv", bytes: [], statuses: [1], says: "empty.csv: cannot read: the file is empty"),
    ]

    @Test(arguments: cases)
    func aHostileFileGetsAClearErrorOrIsImportedSafelyAndNothingIsLost(_ hostile: Case) throws {
        let cli = try CLI()
        let demo = try cli.run(["import"] + Fixtures.demoLists)
        #expect(demo.status == 0, "\(demo.stderr)")
        let before = try Snapshot(cli.database)

        let path = try cli.folder.write(hostile.file, bytes: hostile.bytes)
        let result = try cli.run("import", path, "--kind", "organization")
        #expect(hostile.statuses.contains(result.status), "\(result.status): \(result.stderr)")
        #expect(result.stderr.contains(hostile.says) || result.stdout.contains(hostile.says), "\(result.stderr)")
        #expect(try Snapshot(cli.database, of: before) == before, "what was there before changed")
        #expect(try ProcessRunner.query(cli.database, "PRAGMA integrity_check") == "ok\n")
    }

    @Test(arguments: ["hostile-billion-laughs.xml", "hostile-external-entities.xml", "hostile-quadratic-blowup.xml"])
    func aHostileFeedImportsNothingItAsksForAndLosesNothing(_ name: String) throws {
        let cli = try CLI()
        _ = try cli.run(["import"] + Fixtures.demoLists)
        let before = try Snapshot(cli.database)
        let result = try cli.run("import", Fixtures.data("../Tests/Corpus/feeds/\(name)").path)
        #expect([0, 1, 2].contains(result.status), "\(result.stderr)")
        #expect(try Snapshot(cli.database, of: before) == before)
        let export = try cli.run("export", "--format", "xml", "--for", "local")
        #expect(!export.stdout.contains("root:"))
        #expect(!export.stdout.contains(String(repeating: "lol", count: 100)))
    }

    @Test func aFormulaIsKeptAsTextAndExportedSoThatNoSpreadsheetRunsIt() throws {
        let cli = try CLI()
        let path = try cli.folder.write("formula.csv", "name,country,description\n\"=1+2\",DE,@SUM(A1)\n-3+4,FR,+cmd\n")
        #expect(try cli.run("import", path, "--kind", "organization").status == 0)
        let shown = try cli.json("show", "=1+2").1
        #expect(shown["name"] as? String == "=1+2")
        let export = try cli.run("export", "--format", "csv", "--for", "local").stdout
        #expect(export.contains("'=1+2"))
        #expect(export.contains("'@SUM(A1)"))
        #expect(export.contains("'-3+4"))
        #expect(export.contains("'+cmd"))
    }

    /// Every row that was in the directory before the hostile import (its entities, their aliases, the edges
    /// between them, and the claims of the sources there were): what must not be lost or changed.
    struct Snapshot: Equatable {
        let lastEntity: String
        let lastSource: String
        let rows: String

        /// - Parameter before: a snapshot whose rows to read again; without it, the rows there are now.
        init(_ database: String, of before: Snapshot? = nil) throws {
            if let before {
                (lastEntity, lastSource) = (before.lastEntity, before.lastSource)
            } else {
                let last = try ProcessRunner.query(
                    database, "SELECT max(id) FROM entities; SELECT max(id) FROM sources;")
                let numbers = last.split(separator: "\n").map(String.init)
                (lastEntity, lastSource) = (numbers[0], numbers[1])
            }
            rows = try ProcessRunner.query(
                database,
                """
                SELECT * FROM entities WHERE id <= \(lastEntity) ORDER BY id;
                SELECT * FROM aliases WHERE entity_id <= \(lastEntity) ORDER BY 1, 2;
                SELECT src, relation, dst, source_id FROM edges WHERE src <= \(lastEntity) AND dst <= \(lastEntity)
                ORDER BY 1, 2, 3, 4;
                SELECT id, source_id, entity_id, facts, mention FROM claims WHERE source_id <= \(lastSource)
                ORDER BY id;
                """)
        }
    }
}
