// swift-tools-version: 6.0
// libFuzzer targets for Trellis: a package of its own, so that the main package's build and tests
// never compile them. Build and run them with `make fuzz` from the repository root (see README.md).
import PackageDescription

let package = Package(
    name: "TrellisFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Trellis", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's driver, which each target's main calls (SwiftPM gives executables their own main).
        .target(name: "LibFuzzerDriver"),
        // The lexer and parser on arbitrary bytes, invalid UTF-8 included.
        .executableTarget(name: "FuzzSyntax", dependencies: ["LibFuzzerDriver", .product(name: "Trellis", package: "Trellis")]),
        // Parse and run on a small graph, under tight statement limits.
        .executableTarget(name: "FuzzPipeline", dependencies: ["LibFuzzerDriver", .product(name: "Trellis", package: "Trellis")]),
        // `trellis serve` request lines decoded, run and answered; the same bytes as piped statements.
        .executableTarget(name: "FuzzServe", dependencies: ["LibFuzzerDriver", .product(name: "Trellis", package: "Trellis"),
                                                          .product(name: "TrellisServe", package: "Trellis")]),
        // Open a database whose snapshot and journal are the input.
        .executableTarget(name: "FuzzStorage", dependencies: ["LibFuzzerDriver", .product(name: "Trellis", package: "Trellis")]),
        // Temporal functions and operators on extreme arguments; their values printed and stored.
        .executableTarget(name: "FuzzTemporal", dependencies: ["LibFuzzerDriver", .product(name: "Trellis", package: "Trellis")]),
    ],
    swiftLanguageModes: [.v6]
)
