import Benchmark
import Directory
import Foundation
import GRDB

/// The gazetteer made ready in a new database, and cities looked up by name; each beside its peer, the plain
/// sqlite3 a person would write (`Tools/sql/gazetteer-peer.sql`), measured in the same run.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(60),
        maxIterations: 5
    )

    Benchmark("gazetteer ready in a new database") { benchmark in
        for _ in benchmark.scaledIterations {
            let database = Paths.fresh("ours.sqlite")
            benchmark.startMeasurement()
            let store = try DirectoryStore(path: database)
            blackHole(try store.installGazetteer(path: Paths.gazetteer))
            benchmark.stopMeasurement()
        }
    }

    Benchmark("peer: the sqlite3 shell loads the file and indexes every name") { benchmark in
        for _ in benchmark.scaledIterations {
            let database = Paths.fresh("peer.sqlite")
            benchmark.startMeasurement()
            try Paths.sqlite3(database, ".read Tools/sql/gazetteer-peer.sql")
            benchmark.stopMeasurement()
        }
    }

    let lookups = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResident], timeUnits: .microseconds, warmupIterations: 1,
        maxDuration: .seconds(30), maxIterations: 20)

    Benchmark("city lookup by name, 1000 names, each in its own read", configuration: lookups) { benchmark in
        let (store, names) = try Lookups.prepared()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for name in names { blackHole(try store.places(named: name)) }
        }
    }

    Benchmark("city lookup by name, 1000 names in one read", configuration: lookups) { benchmark in
        let (store, names) = try Lookups.prepared()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try store.places(named: names))
        }
    }

    Benchmark("peer: indexed SQL lookup by lower-cased name, 1000 names", configuration: lookups) { benchmark in
        let (queue, names) = try Lookups.peer()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            try queue.read { db in
                // One read for all, as the lookups in one read above.
                let statement = try db.cachedStatement(sql: "SELECT geonameid FROM names WHERE name = ?")
                for name in names { blackHole(try Int64.fetchAll(statement, arguments: [name.lowercased()])) }
            }
        }
    }
}

/// Where the package, its gazetteer and the databases are.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let gazetteer = root + "/Data/gazetteer/cities15000.tsv.gz"
    static let folder = NSTemporaryDirectory() + "sanctuary-bench"

    /// A database path with nothing at it.
    static func fresh(_ name: String) -> String {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return path
    }

    static func sqlite3(_ database: String, _ command: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database, command]
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
    }
}

/// The names looked up: every 34th city's own name and one of its other names, from the peer's table.
enum Lookups {
    static func prepared() throws -> (DirectoryStore, [String]) {
        let path = Paths.fresh("lookups.sqlite")
        try DirectoryStore(path: path).installGazetteer(path: Paths.gazetteer)
        return (try DirectoryStore(path: path), try peer().1)
    }

    static func peer() throws -> (DatabaseQueue, [String]) {
        let database = Paths.fresh("peer-lookups.sqlite")
        try Paths.sqlite3(database, ".read Tools/sql/gazetteer-peer.sql")
        let queue = try DatabaseQueue(path: database)
        let names = try queue.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM raw WHERE geonameid % 34 = 0
                    UNION ALL SELECT substr(names, 1, instr(names || '|', '|') - 1) FROM raw
                    WHERE geonameid % 34 = 1 AND names <> ''
                    LIMIT 1000
                    """
            )
        }
        return (queue, names)
    }
}
