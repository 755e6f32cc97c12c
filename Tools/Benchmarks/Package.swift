// swift-tools-version:6.1
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, and CI clones into folders of other names: derive it.
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

let package = Package(
    name: "SanctuaryBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: root.path),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "SyntheticData"),
        .executableTarget(
            name: "sanctuary-datagen",
            dependencies: ["SyntheticData", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "sanctuary-feedread",
            dependencies: [
                .product(name: "Importers", package: rootIdentity),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ImportBenchmarks",
            dependencies: [
                "SyntheticData",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Directory", package: rootIdentity),
                .product(name: "Importers", package: rootIdentity),
            ],
            path: "Benchmarks/ImportBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "GazetteerBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Directory", package: rootIdentity),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/GazetteerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "GraphBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Directory", package: rootIdentity),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/GraphBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)

for target in package.targets where target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("ExistentialAny")]
}
