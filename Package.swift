// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "claims",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "claims", targets: ["claims"]),
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
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
        .target(
            name: "ClaimKit",
            dependencies: ["CLibXML2", "CZlib"],
            exclude: ["Extract/README.md"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "claims",
            dependencies: [
                "ClaimKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "ClaimKitTests",
            dependencies: ["ClaimKit"],
            exclude: ["Report/Golden"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "claimsTests",
            dependencies: ["ClaimKit"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
