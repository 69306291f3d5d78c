// swift-tools-version:6.2
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "cobrador",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cobrador", targets: ["cobrador"]),
        .executable(name: "cobrador-bench", targets: ["cobrador-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        .target(name: "CobradorCore", swiftSettings: strict),
        .target(name: "CobradorNLU", dependencies: ["CobradorCore"], swiftSettings: strict),
        .target(
            name: "CobradorStore",
            dependencies: [
                "CobradorCore", .product(name: "GRDB", package: "GRDB.swift"),
                // The import's bulk writes bind and step statements through the C API.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strict),
        .target(
            name: "CobradorPostgres",
            dependencies: [
                "CobradorCore", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strict),
        .target(
            name: "CobradorBot",
            dependencies: ["CobradorCore", "CobradorNLU", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict),
        .target(
            name: "CobradorContent",
            dependencies: [
                "CobradorCore", "CobradorNLU", "CobradorBot", "CobradorTemplateFiles",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strict,
            plugins: ["EmbedContent"]),
        // Reading a reply template file: shared by the build-time embedder and the loader of files on disk.
        .target(
            name: "CobradorTemplateFiles",
            dependencies: ["CobradorCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        .executableTarget(name: "cobrador-embed", dependencies: ["CobradorTemplateFiles"], swiftSettings: strict),
        .plugin(name: "EmbedContent", capability: .buildTool(), dependencies: ["cobrador-embed"]),
        .target(
            name: "CobradorOutbound",
            dependencies: [
                "CobradorCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ],
            swiftSettings: strict),
        .target(name: "CobradorTerminal", dependencies: ["CobradorCore", "CobradorBot"], swiftSettings: strict),
        .target(
            name: "CobradorServer",
            dependencies: [
                "CobradorCore", "CobradorBot", "CobradorOutbound",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict),
        .target(
            name: "CobradorCLI",
            dependencies: [
                "CobradorCore", "CobradorNLU", "CobradorStore", "CobradorPostgres", "CobradorBot", "CobradorContent",
                "CobradorOutbound", "CobradorTerminal", "CobradorServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
            ],
            swiftSettings: strict),
        .executableTarget(name: "cobrador", dependencies: ["CobradorCLI"], swiftSettings: strict),
        .executableTarget(
            name: "cobrador-bench",
            dependencies: [
                "CobradorCore", "CobradorNLU", "CobradorStore", "CobradorPostgres", "CobradorContent",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Benchmarks/cobrador-bench",
            swiftSettings: strict),
        .target(
            name: "CobradorTestSupport",
            dependencies: [
                "CobradorCore", "CobradorStore", "CobradorPostgres", "CobradorBot", "CobradorContent",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/CobradorTestSupport",
            swiftSettings: strict),
        .testTarget(name: "CobradorCoreTests", dependencies: ["CobradorCore"], swiftSettings: strict),
        .testTarget(
            name: "CobradorNLUTests",
            dependencies: ["CobradorCore", "CobradorNLU", "CobradorContent", "CobradorTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "CobradorStoreTests",
            dependencies: ["CobradorCore", "CobradorStore", "CobradorTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .testTarget(
            name: "CobradorBotTests",
            dependencies: [
                "CobradorCore", "CobradorBot", "CobradorNLU", "CobradorContent", "CobradorStore", "CobradorTemplateFiles", "CobradorTestSupport",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "CobradorServerTests",
            dependencies: [
                "CobradorServer", "CobradorOutbound", "CobradorTestSupport", "CobradorBot", "CobradorCore", "CobradorStore",
                "CobradorPostgres",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "CobradorCLITests",
            dependencies: [
                "CobradorCLI", "CobradorCore", "CobradorBot", "CobradorContent", "CobradorTerminal", "CobradorServer",
                "CobradorTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
