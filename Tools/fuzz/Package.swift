// swift-tools-version:6.2
import PackageDescription

// libFuzzer targets for the readers that take what partners and strangers send: built and run by
// Tools/fuzz/run, with `-sanitize=fuzzer,address -parse-as-library -enable-testing`, so that
// `@testable import` reaches the internal readers.
let package = Package(
    name: "SanctuaryFuzz",
    dependencies: [
        .package(name: "sanctuary", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .executableTarget(
            name: "FuzzCSV", dependencies: ["FuzzSupport", .product(name: "Importers", package: "sanctuary")]),
        .executableTarget(
            name: "FuzzFeed", dependencies: ["FuzzSupport", .product(name: "Importers", package: "sanctuary")]),
        .executableTarget(
            name: "FuzzDirectoryXML", dependencies: ["FuzzSupport", .product(name: "Importers", package: "sanctuary")]
        ),
        .executableTarget(
            name: "FuzzDate", dependencies: ["FuzzSupport", .product(name: "Importers", package: "sanctuary")]),
        .executableTarget(
            name: "FuzzHTML", dependencies: ["FuzzSupport", .product(name: "XMLStream", package: "sanctuary")]),
        .executableTarget(
            name: "FuzzNormalizer", dependencies: ["FuzzSupport", .product(name: "Directory", package: "sanctuary")]),
        .executableTarget(
            name: "FuzzQuery",
            dependencies: [
                "FuzzSupport", .product(name: "Directory", package: "sanctuary"),
                .product(name: "DirectoryHTTP", package: "sanctuary"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]),
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"]),
    ]
)
