// swift-tools-version:6.0
import PackageDescription

// The compiler is a library (AIMSKit) behind a thin executable (aims).
// Each C library is reached through exactly one Swift wrapper target:
// CGit2 only from AIMSGit, CCmarkGFM only from AIMSMarkdown.
let package = Package(
    name: "aims",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "aims", targets: ["aims"]),
        .library(name: "AIMSKit", targets: ["AIMSKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "AIMSGit", dependencies: ["CGit2"]),
        .target(name: "AIMSMarkdown", dependencies: ["CCmarkGFM"]),
        .target(
            name: "AIMSKit",
            dependencies: [
                "AIMSGit",
                "AIMSMarkdown",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // .process, not .copy: Resources/Templates is a symlink to the top-level Templates
            // folder, and .copy would copy the link itself, dangling in the build folder.
            resources: [
                .copy("Resources/clause-model.yaml"), .copy("Resources/eu-ai-act-crosswalk.yaml"), .copy("Resources/stage1-bundle.yaml"),
                .process("Resources/Templates"),
            ]
        ),
        .executableTarget(
            name: "aims",
            dependencies: [
                "AIMSKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "aims-bench", dependencies: ["AIMSGit"]),
        .testTarget(
            name: "AIMSKitTests",
            dependencies: ["AIMSKit", "AIMSGit", "AIMSMarkdown"]
        ),
    ]
)
