// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "claims",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "claims", targets: ["claims"]),
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
        .library(name: "ClaimCheck", targets: ["ClaimCheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(
            name: "ClaimKit",
            dependencies: ["CLibXML2", "CZlib", "CSQLite"],
            exclude: ["Extract/README.md"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // The scorer (a port of score.py, with its Python-compatible JSON reading): not the product.
        .target(
            name: "ClaimCheck",
            dependencies: ["ClaimKit"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "claims",
            dependencies: [
                "ClaimKit",
                "ClaimCheck",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "ClaimKitTests",
            dependencies: ["ClaimKit", "ClaimCheck"],
            exclude: ["Report/Golden"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "ClaimCheckTests",
            dependencies: ["ClaimKit", "ClaimCheck"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "claimsTests",
            dependencies: ["ClaimKit"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
