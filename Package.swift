// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "sanctuary",
    products: [
        .executable(name: "sanctuary", targets: ["sanctuary"]),
        .library(name: "Directory", targets: ["Directory"]),
        .library(name: "Importers", targets: ["Importers"]),
        .library(name: "DirectoryHTTP", targets: ["DirectoryHTTP"]),
        .library(name: "XMLStream", targets: ["XMLStream"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "Directory",
            dependencies: [
                "CZlib", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "XMLStream", dependencies: ["CLibXML2"]),
        .target(name: "Importers", dependencies: ["Directory", "XMLStream"], path: "Importers"),
        .target(
            name: "Fetching",
            dependencies: [
                "Directory", "Importers", .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"), .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ]
        ),
        .target(
            name: "DirectoryHTTP",
            dependencies: [
                "Directory",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ],
            resources: [.copy("Web")]
        ),
        .executableTarget(
            name: "sanctuary",
            dependencies: [
                "Directory",
                "DirectoryHTTP",
                "Fetching",
                "Importers",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "SanctuaryTestSupport", dependencies: ["Directory"]),
        .testTarget(
            name: "DirectoryTests",
            dependencies: ["Directory", "SanctuaryTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "XMLStreamTests", dependencies: ["XMLStream", "SanctuaryTestSupport"]),
        .testTarget(name: "ImportersTests", dependencies: ["Importers", "Directory", "CLibXML2", "SanctuaryTestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["sanctuary", "SanctuaryTestSupport"]),
        .testTarget(
            name: "HTTPTests",
            dependencies: [
                "DirectoryHTTP", "Directory", "Importers", "XMLStream", "SanctuaryTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(
            name: "FetchingTests",
            dependencies: [
                "Fetching", "Importers", "Directory", "CZlib", "SanctuaryTestSupport", "sanctuary",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ]
)

// The same language features and the same strictness on every target of ours; dependencies are left alone.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .treatAllWarnings(as: .error),
    ]
}
