// swift-tools-version:6.1
import PackageDescription

// Every target: Swift 6 mode plus the upcoming features that Swift 6 mode does not turn on yet.
let settings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("InferIsolatedConformances"),
    .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
]

let package = Package(
    name: "claims",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "claims", targets: ["claims"]),
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
        .library(name: "ClaimCheck", targets: ["ClaimCheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "pkg-config"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Whole gzip members of a .warc.gz in one call (zlib streams the rest).
        .systemLibrary(
            name: "CDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(
            name: "ClaimKit",
            dependencies: ["CLibXML2", "CZlib", "CDeflate", "CSQLite"],
            exclude: ["Extract/README.md", "Report/README.md"],
            swiftSettings: settings
        ),
        // The scorer (a port of score.py, with its Python-compatible JSON reading): not the product.
        .target(
            name: "ClaimCheck",
            dependencies: ["ClaimKit"],
            swiftSettings: settings
        ),
        // Benchmarks for `make bench` (the claims CLI's hidden bench-* commands): not the product.
        .target(
            name: "ClaimBench",
            dependencies: ["ClaimKit"],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "claims",
            dependencies: [
                "ClaimKit",
                "ClaimCheck",
                "ClaimBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: settings
        ),
        // Helpers every test target shares (temporary folders).
        .target(
            name: "ClaimTestSupport",
            path: "Tests/ClaimTestSupport",
            swiftSettings: settings
        ),
        .testTarget(
            name: "ClaimKitTests",
            dependencies: ["ClaimKit", "ClaimCheck", "ClaimBench", "ClaimTestSupport"],
            exclude: ["Report/Golden"],
            swiftSettings: settings
        ),
        .testTarget(
            name: "ClaimCheckTests",
            dependencies: ["ClaimKit", "ClaimCheck", "ClaimTestSupport"],
            swiftSettings: settings
        ),
        .testTarget(
            name: "claimsTests",
            dependencies: ["ClaimKit", "ClaimTestSupport"],
            swiftSettings: settings
        ),
    ]
)
