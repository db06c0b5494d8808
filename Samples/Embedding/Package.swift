// swift-tools-version: 6.0
// A small program that embeds Trellis: it depends on the Trellis checkout two folders up, by path.
import Foundation
import PackageDescription

// A path dependency is named after its folder, whatever the checkout is called.
let trellisFolder = "../.."
let trellisPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent(trellisFolder).standardizedFileURL.lastPathComponent

let package = Package(
    name: "PartnershipReport",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: trellisFolder),
    ],
    targets: [
        .executableTarget(
            name: "PartnershipReport",
            dependencies: [.product(name: "Trellis", package: trellisPackage)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
