// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "lexalign",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lexalign", targets: ["lexalign"]),
        .library(name: "AkomaNtoso", targets: ["AkomaNtoso"]),
        .library(name: "TextImport", targets: ["TextImport"]),
        .library(name: "Alignment", targets: ["Alignment"]),
        .library(name: "Reports", targets: ["Reports"]),
        .library(name: "LexalignKit", targets: ["LexalignKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CLibStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // Small pieces every layer may use: work on every core with results in input order.
        .target(name: "LexalignSupport"),
        .target(name: "AkomaNtoso", dependencies: ["CLibXML2"], resources: [.copy("Schema")]),
        // The one reader of hand-edited YAML data files: file:line:column on every error, unknown keys refused.
        .target(name: "DataFiles", dependencies: ["AkomaNtoso", .product(name: "Yams", package: "Yams")]),
        .target(name: "TextImport", dependencies: ["AkomaNtoso", "DataFiles"]),
        .target(
            name: "Alignment",
            dependencies: [
                "AkomaNtoso", "DataFiles", "CLibStemmer", "TextImport",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "Reports",
            dependencies: [
                "AkomaNtoso", "Alignment", "DataFiles", "LexalignSupport",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            resources: [.copy("Templates")]
        ),
        // The use cases (load, import, map, review, report, check) that the CLI calls: all file I/O lives here.
        .target(
            name: "LexalignKit",
            dependencies: ["AkomaNtoso", "TextImport", "Alignment", "Reports", "LexalignSupport", "DataFiles"]
        ),
        // Argument parsing and printing only.
        .executableTarget(
            name: "lexalign",
            dependencies: [
                "LexalignKit", "AkomaNtoso", "Alignment", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: the project folder, scratch folders, the built executable.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "AkomaNtosoTests", dependencies: ["AkomaNtoso", "TestSupport"]),
        .testTarget(name: "DataFilesTests", dependencies: ["DataFiles", "AkomaNtoso"]),
        .testTarget(name: "TextImportTests", dependencies: ["TextImport", "AkomaNtoso", "Alignment", "TestSupport"]),
        .testTarget(name: "AlignmentTests", dependencies: ["Alignment", "TextImport", "AkomaNtoso", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Alignment", "AkomaNtoso", "TestSupport"]),
        .testTarget(name: "LexalignKitTests", dependencies: ["LexalignKit", "AkomaNtoso", "TextImport", "Alignment", "Reports", "TestSupport"]),
        // The built `lexalign` executable, run as a user runs it (`swift test` builds it with the tests).
        .testTarget(name: "lexalignTests", dependencies: ["TestSupport"]),
        .testTarget(name: "RobustnessTests", dependencies: ["AkomaNtoso", "TextImport", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
