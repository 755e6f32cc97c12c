import Benchmark
import Directory
import Foundation
import GRDB

/// Graph questions on a generated directory of 1,000,000 entities and about 5,000,000 edges
/// (`Tools/sql/large-graph.sql`, made once and kept), each beside the plain SQL a person would write in the
/// `sqlite3` shell for the same answer, run in the same process on the same file.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(60),
        maxIterations: 40
    )
    let peers = Benchmark.Configuration(
        metrics: [.wallClock], timeUnits: .milliseconds, warmupIterations: 0, maxDuration: .seconds(600),
        maxIterations: 3)

    Benchmark("connections, depth up to 6, 40 pairs of organizations") { benchmark in
        let store = try Graph.store()
        benchmark.startMeasurement()
        let pair = Graph.pairs[benchmark.currentIteration % Graph.pairs.count]
        blackHole(try store.connections(ConnectionQuery(from: pair.0, to: pair.1, maxDepth: 6, paths: 3)))
    }

    Benchmark("peer: recursive CTE, shortest path of depth up to 4", configuration: peers) { benchmark in
        let queue = try Graph.queue()
        benchmark.startMeasurement()
        let pair = Graph.pairs[benchmark.currentIteration % Graph.pairs.count]
        blackHole(try Graph.peerPath(queue, from: pair.0, to: pair.1, depth: 4))
    }

    Benchmark("who: a theme in a city") { benchmark in
        let store = try Graph.store()
        benchmark.startMeasurement()
        blackHole(try store.who(WhoQuery(themes: ["theme 1"], place: Graph.city(benchmark.currentIteration))))
    }

    Benchmark("peer: joins, a theme in a city") { benchmark in
        let queue = try Graph.queue()
        benchmark.startMeasurement()
        blackHole(try Graph.peerWhoInCity(queue, theme: "theme 1", city: Graph.city(benchmark.currentIteration)))
    }

    Benchmark("who: a theme in a whole country") { benchmark in
        let store = try Graph.store()
        benchmark.startMeasurement()
        blackHole(try store.who(WhoQuery(themes: ["theme 1"], place: "MX")))
    }

    Benchmark("peer: joins, a theme in a whole country") { benchmark in
        let queue = try Graph.queue()
        benchmark.startMeasurement()
        blackHole(try Graph.peerWhoInCountry(queue, theme: "theme 1", country: "MX"))
    }

    Benchmark("convergences for one place") { benchmark in
        let store = try Graph.store()
        benchmark.startMeasurement()
        blackHole(try store.convergingPlaces(ConvergenceFilter(place: Graph.city(benchmark.currentIteration))))
    }

    Benchmark("peer: GROUP BY, themes of one place") { benchmark in
        let queue = try Graph.queue()
        benchmark.startMeasurement()
        blackHole(try Graph.peerPlaces(queue, city: Graph.city(benchmark.currentIteration)))
    }

    Benchmark("convergences --places over the whole graph", configuration: peers) { benchmark in
        let store = try Graph.store()
        benchmark.startMeasurement()
        blackHole(try store.convergingPlaces(ConvergenceFilter(limit: 20)))
    }

    Benchmark("peer: GROUP BY, themes of every place", configuration: peers) { benchmark in
        let queue = try Graph.queue()
        benchmark.startMeasurement()
        blackHole(try Graph.peerPlaces(queue, city: nil))
    }
}
