import Foundation
import SanctuaryTestSupport
import Testing

/// `sanctuary import` killed with SIGKILL at random moments of a large import: every time, the database is
/// intact and holds exactly what it held before the import or what the whole import makes, never part of
/// it, the import run again completes, and nothing is left in the temporary folder.
@Suite struct CrashSafeImportTests {
    static let kills = 20
    static let environment = ["SANCTUARY_GAZETTEER": "none"]

    @Test func anImportKilledAtAnyMomentLeavesTheDirectoryBeforeOrAfterIt() throws {
        let folder = try TemporaryDirectory()
        let temporary = folder.path("tmp")
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
        let environment = Self.environment.merging(["TMPDIR": temporary]) { _, new in new }
        let base = folder.path("base.sqlite")
        let first = try folder.write("first.csv", Self.organizations(range: 0..<50))
        let large = try folder.write("large.csv", Self.organizations(range: 50..<1_250))
        let imported = try Self.run(["import", first, "--kind", "organization", "--db", base], environment)
        #expect(imported.status == 0, "\(imported.stderr)")
        let before = try directoryContent(base, runs: true)

        let whole = folder.path("whole.sqlite")
        try FileManager.default.copyItem(atPath: base, toPath: whole)
        let arguments = ["import", large, "--kind", "organization", "--db"]
        let (complete, firstDuration) = try Self.timed { try Self.run(arguments + [whole], environment) }
        #expect(complete.status == 0, "\(complete.stderr)")
        var duration = firstDuration
        let after = try directoryContent(whole, runs: true)
        let afterAgain = try directoryContent(whole)
        #expect(after != before)

        // The test is worth something only if many kills land inside the import's transaction. The delays
        // follow the last whole import's time, as the machine's load changes (under a sanitizer, in CI), and
        // the trials go on, up to three times as many, until a quarter of the planned ones have landed there.
        var outcomes: [String] = []
        while outcomes.count < Self.kills
            || (outcomes.filter { $0 == "before" }.count < Self.kills / 4 && outcomes.count < 3 * Self.kills)
        {
            let database = folder.path("killed-\(outcomes.count).sqlite")
            try FileManager.default.copyItem(atPath: base, toPath: database)
            let delay = duration * Double.random(in: 0.05...1.1)
            try Self.kill(arguments + [database], after: delay, environment)
            let label = "trial \(outcomes.count), killed after \(delay)"

            #expect(try ProcessRunner.query(database, "PRAGMA integrity_check") == "ok\n", "\(label)")
            let state = try directoryContent(database, runs: true)
            #expect(state == before || state == after, "\(label): neither before nor after the import")
            outcomes.append(state == before ? "before" : state == after ? "after" : "torn")

            let (again, againDuration) = try Self.timed { try Self.run(arguments + [database], environment) }
            #expect(again.status == 0, "\(label): \(again.stderr)")
            if state == before { duration = againDuration }
            let rerun = try directoryContent(database)
            #expect(rerun == afterAgain, "\(label): the import run again made another directory")
        }
        #expect(outcomes.filter { $0 == "before" }.count >= Self.kills / 4, "\(outcomes)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])
    }

    static func timed<Result>(_ body: () throws -> Result) rethrows -> (Result, Duration) {
        let start = ContinuousClock.now
        let result = try body()
        return (result, ContinuousClock.now - start)
    }

    static func run(_ arguments: [String], _ environment: [String: String]) throws -> ProcessResult {
        try ProcessRunner.sanctuary(arguments, environment: environment)
    }

    /// Starts `sanctuary ARGUMENTS` and sends it SIGKILL after `delay` (or after it ended by itself).
    static func kill(_ arguments: [String], after delay: Duration, _ environment: [String: String]) throws {
        let process = Process()
        process.executableURL = ProcessRunner.sanctuary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let (seconds, attoseconds) = delay.components
        Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Organizations numbered over `range`, in cities of their own, with themes and websites: a list whose
    /// import writes every kind of row.
    static func organizations(range: Range<Int>) -> String {
        let themes = ["migration", "housing", "anti-fascism", "labour", "climate justice"]
        let rows = range.map { number in
            let theme = "\(themes[number % themes.count]);\(themes[(number / 5) % themes.count])"
            return "Collective \(number),City \(number % 97),DE,\(theme),https://c\(number).example.org,Since \(number)"
        }
        return "name,city,country,themes,website,description\n" + rows.joined(separator: "\n") + "\n"
    }
}
