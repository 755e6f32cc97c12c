import Benchmark
import Directory
import Foundation
import Importers
import SyntheticData

/// Import throughput and peak memory at 10k, 100k and 1M organization rows, on files generated once per
/// size with a fixed seed. Each iteration imports into a new database.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds,
        warmupIterations: 0,
        scalingFactor: .one,
        maxDuration: .seconds(120),
        maxIterations: 3
    )
    for rows in [10_000, 100_000, 1_000_000] {
        Benchmark("import \(rows) organization rows") { benchmark in
            let data = try Workspace.file(rows: rows)
            for _ in benchmark.scaledIterations {
                let database = Workspace.folder + "/bench-\(rows).sqlite"
                Workspace.remove(database)
                let store = try DirectoryStore(path: database)
                benchmark.startMeasurement()
                let summary = try Importer().run(ImportRequest(files: [data], kind: .organization), store: store)
                benchmark.stopMeasurement()
                blackHole(summary)
            }
        }
    }
}

/// Generated files, kept between runs in the system's temporary folder.
enum Workspace {
    static let folder = NSTemporaryDirectory() + "sanctuary-bench"

    static func file(rows: Int) throws -> String {
        let path = folder + "/organizations-\(rows).csv"
        if !FileManager.default.fileExists(atPath: path) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var generator = NetworkGenerator(seed: 42, organizations: rows)
            _ = try generator.writeOrganizations(rows, to: path)
        }
        return path
    }

    static func remove(_ database: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    }
}
