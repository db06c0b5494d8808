// swift-tools-version: 6.0
// A small program that embeds Trellis: it depends on the Trellis checkout two folders up, by path.
import PackageDescription

let package = Package(
    name: "PartnershipReport",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Trellis", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "PartnershipReport",
            dependencies: [.product(name: "Trellis", package: "Trellis")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
