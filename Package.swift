// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = []

let package = Package(
    name: "Trellis",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Trellis", targets: ["Trellis"]),
        // The requests and responses of `trellis serve`, for the command and for fuzzing them.
        .library(name: "TrellisServe", targets: ["TrellisServe"]),
        .executable(name: "trellis", targets: ["TrellisCLI"]),
        .executable(name: "trellis-tck", targets: ["TrellisTCK"]),
        .executable(name: "trellis-bench", targets: ["TrellisBench"]),
        .executable(name: "trellis-crashwriter", targets: ["TrellisCrashWriter"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Shared vocabulary: source positions, errors, values and their ordering.
        .target(name: "TrellisCore", swiftSettings: strict),
        // Language front end: tokens, lexer, AST, parser.
        .target(name: "TrellisSyntax", dependencies: ["TrellisCore"], swiftSettings: strict),
        // In-memory property graph: store, indexes, undo log.
        .target(name: "TrellisGraph", dependencies: ["TrellisCore"], swiftSettings: strict),
        // The processor's CRC-32C instruction, for the checksums of snapshots and the journal.
        .target(name: "CCRC32C"),
        // Persistence: snapshots, the journal of committed changes, the writer's lock.
        .target(name: "TrellisStorage", dependencies: ["TrellisCore", "TrellisGraph", "CCRC32C"], swiftSettings: strict),
        // Semantic analysis, planner and interpreter.
        .target(name: "TrellisEngine", dependencies: ["TrellisCore", "TrellisSyntax", "TrellisGraph"], swiftSettings: strict),
        // The embedding face.
        .target(name: "Trellis", dependencies: ["TrellisCore", "TrellisSyntax", "TrellisGraph", "TrellisEngine", "TrellisStorage"],
                swiftSettings: strict),
        // `trellis serve`: JSON-lines requests read, run and answered (the protocol of Docs/serve-protocol.md).
        .target(name: "TrellisServe", dependencies: ["Trellis"], swiftSettings: strict),
        // libedit, the line editor of the interactive shell (Debian package libedit-dev).
        .systemLibrary(name: "CLibedit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // Command-line tool and interactive shell.
        .executableTarget(
            name: "TrellisCLI",
            dependencies: ["Trellis", "TrellisServe", "TrellisSyntax", "CLibedit",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // openCypher TCK runner (test support).
        .target(name: "TrellisTCKKit", dependencies: ["Trellis"], swiftSettings: strict),
        .executableTarget(
            name: "TrellisTCK",
            dependencies: ["TrellisTCKKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // Benchmark runner: loads a generated graph and times the queries of Benchmarks/queries.
        .executableTarget(name: "TrellisBench", dependencies: ["Trellis"], swiftSettings: strict),
        // Child process of the storage crash test: applies numbered writes until it is killed (test support).
        .executableTarget(name: "TrellisCrashWriter", dependencies: ["Trellis", "TrellisCore"], swiftSettings: strict),
        .testTarget(name: "TrellisSyntaxTests", dependencies: ["TrellisSyntax", "TrellisCore"]),
        .testTarget(name: "TrellisEngineTests", dependencies: ["Trellis", "TrellisEngine", "TrellisGraph", "TrellisSyntax", "TrellisCore"]),
        .testTarget(name: "TrellisTests", dependencies: ["Trellis", "TrellisServe", "TrellisCLI"]),
        .testTarget(name: "TrellisTCKKitTests", dependencies: ["TrellisTCKKit"]),
        .testTarget(name: "TrellisShellTests", dependencies: ["Trellis", "TrellisServe", "TrellisCLI"]),
        .testTarget(name: "TrellisStorageTests", dependencies: ["TrellisStorage", "TrellisGraph", "TrellisCore", "Trellis"],
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
