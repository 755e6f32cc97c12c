import Benchmark
import Directory
import Foundation
import Importers
import SyntheticData

/// Import throughput and peak memory at 10k, 100k and 1M organization rows, on files generated once per
/// size with a fixed seed. Each iteration imports into a new database that holds the gazetteer already, as
/// the `sanctuary` tool makes them; loading it is measured apart, in GazetteerBenchmarks.
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
                try FileManager.default.copyItem(atPath: try Workspace.template(), toPath: database)
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

    /// A database holding only the gazetteer, to copy.
    static func template() throws -> String {
        let path = folder + "/gazetteer-template.sqlite"
        if !FileManager.default.fileExists(atPath: path) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let store = try DirectoryStore(path: path)
            try store.installGazetteer(path: gazetteer)
            try store.checkpoint()
        }
        return path
    }

    static let gazetteer = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Data/gazetteer/cities15000.tsv.gz"
        ).path

    static func remove(_ database: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    }
}
