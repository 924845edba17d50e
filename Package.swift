// swift-tools-version: 6.1
import PackageDescription

/// Concrete generic types (`KeyedDecodingContainer<CodingKeys>`, `[Party]`) reached through their
/// metadata accessors, not by mangled name (issue 19): by name, the runtime checks each generic
/// requirement by scanning every protocol conformance in the program on first use, which was a
/// sixth of a DOCX export. Release only; the code means the same either way.
let metadataByAccessor: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

let package = Package(
    name: "Mufakat",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "mufakat", targets: ["mufakat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // 0.x packages may break their API in a minor release: pinned to the minor version.
        .package(url: "https://github.com/LebJe/TOMLKit", .upToNextMinor(from: "0.6.0")),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", .upToNextMinor(from: "0.9.20")),
    ],
    targets: [
        // ncursesw through a thin C shim (header-only: static inline wrappers).
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),

        // Generic terminal toolkit: cell buffer, backends, widgets, themes, event loop.
        .target(
            name: "TerminalUI",
            dependencies: ["CNcurses", .product(name: "TOMLKit", package: "TOMLKit")],
            exclude: ["README.md"],
            swiftSettings: metadataByAccessor
        ),
        // The toolkit on its own (Sources/TerminalUI/README.md): builds without any Mufakat module.
        .executableTarget(name: "toolkit-hello", dependencies: ["TerminalUI"], path: "Examples/toolkit-hello"),
        // Theme files shipped with the program (Themes/*.toml at the repository root).
        .target(name: "MufakatThemes", path: "Themes", resources: [.copy("themes")]),

        // Models, catalogues, rulebook, workflow, validation, money and dates. Foundation only.
        .target(
            name: "MufakatDomain",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")],
            resources: [.copy("Resources/data")],
            swiftSettings: metadataByAccessor
        ),
        // The file store: atomic writes, revisions, locks, index, bundles.
        .target(
            name: "MufakatStore",
            dependencies: [
                "MufakatDomain",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: metadataByAccessor
        ),
        // Naskah rendering: document model -> DOCX, Markdown, plain text.
        .target(
            name: "MufakatDocuments",
            dependencies: [
                "MufakatDomain",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: metadataByAccessor
        ),
        // Use cases shared by the command line and the screens: store sessions, the one cooperation
        // file decoder, documents (one letterhead, one fingerprint), signing, mapping and meetings.
        // Never imports TerminalUI: the CLI runs every subcommand but the interface without ncurses.
        .target(
            name: "MufakatServices",
            dependencies: [
                "MufakatDomain", "MufakatStore", "MufakatDocuments",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: metadataByAccessor
        ),
        // Screens, app state, wizard, facilitator mode: they call the services.
        .target(
            name: "MufakatApp",
            dependencies: ["TerminalUI", "MufakatThemes", "MufakatServices", "MufakatDomain", "MufakatStore", "MufakatDocuments"],
            swiftSettings: metadataByAccessor
        ),
        .executableTarget(
            name: "mufakat",
            dependencies: [
                "MufakatApp", "MufakatServices", "MufakatDomain", "MufakatStore", "MufakatDocuments",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The release program links the Swift runtime and Foundation statically (issue 19): the
            // dynamic loader's symbol lookups were most of a command's start (14 ms of `--version`,
            // against 8 ms linked statically), and the program then runs on a machine without the
            // Swift toolchain. Debug builds and the tests keep the shared libraries (XCTest needs them).
            swiftSettings: metadataByAccessor,
            linkerSettings: [
                .unsafeFlags([
                    "-static-stdlib",
                    // Foundation's static archives, in the order they depend on one another.
                    "-lFoundation", "-lCoreFoundation", "-lFoundationInternationalization", "-lFoundationEssentials",
                    "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections",
                    // The toolchain's static-stdlib arguments export every symbol of the program
                    // (18,000) to the dynamic loader; nothing looks them up (the shared libraries
                    // it loads need none of them), but every start paid for the table: the Swift
                    // runtime's `dladdr` at start-up scans it, and each symbol the loader binds
                    // searched it first (0.5-0.8 ms of `--version`, issue 19).
                    "-Xlinker", "--no-export-dynamic",
                ], .when(configuration: .release)),
            ]
        ),

        // Release-mode benchmark of what users feel: `swift run -c release mufakat-bench`.
        .executableTarget(
            name: "mufakat-bench",
            dependencies: ["MufakatApp", "MufakatServices", "MufakatStore", "MufakatTestSupport"],
            path: "Benchmarks/MufakatBench"
        ),

        .testTarget(name: "MufakatDomainTests", dependencies: ["MufakatDomain", "MufakatTestSupport"]),
        // Snapshots, fixtures: shared by the test targets, never linked into the program.
        .target(name: "MufakatTestSupport", dependencies: ["MufakatDomain", "MufakatStore", "MufakatServices", "TerminalUI"], path: "Tests/MufakatTestSupport"),
        .testTarget(name: "MufakatStoreTests", dependencies: ["MufakatStore"], exclude: ["Fixtures"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "MufakatThemes", "MufakatTestSupport"], exclude: ["__Snapshots__"]),
        // ZIPFoundation: the reference the DOCX package writer is compared with, byte for byte.
        .testTarget(name: "MufakatDocumentsTests",
                    dependencies: ["MufakatDocuments", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["__Golden__"]),
        .testTarget(name: "MufakatServicesTests", dependencies: ["MufakatServices", "MufakatTestSupport"]),
        .testTarget(name: "MufakatAppTests", dependencies: ["MufakatApp", "MufakatTestSupport"], exclude: ["__Snapshots__"]),
        // Drives the built `mufakat` binary (and, for the two-roads tests, the screens' effects beside it).
        .testTarget(name: "EndToEndTests", dependencies: ["MufakatApp", "MufakatServices", "MufakatTestSupport", "mufakat"]),
    ],
    swiftLanguageModes: [.v6]
)
