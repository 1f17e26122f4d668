// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "pks",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pks", targets: ["pks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        /// Domain: channels, records, indicators, validation. Foundation only, no I/O.
        .target(name: "PKCore"),
        /// libxcrypt (yescrypt) for password hashes.
        .systemLibrary(name: "CCrypt", providers: [.apt(["libcrypt-dev"])]),
        /// SQLite through GRDB: migrations, institution scope, read-only submitted records.
        .target(name: "PKStore", dependencies: [
            "PKCore", "CCrypt",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        /// Exporters: csv, tsv, xlsx (SpreadsheetML in a ZIPFoundation container), JSON; atomic file writes.
        .target(name: "PKExport", dependencies: [
            "PKCore",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        /// BSD libedit.
        .systemLibrary(name: "CLibEdit", providers: [.apt(["libedit-dev"])]),
        /// Signal handling in C for async-signal safety: the no-echo prompt, Ctrl-C during scripts.
        .target(name: "CSignals"),
        /// The only code that touches libedit, termios and signals.
        .target(name: "PKTerminal", dependencies: ["CLibEdit", "CSignals"]),
        /// The command interpreter: lexer, command table, session, diagnostics.
        .target(name: "PKShell", dependencies: ["PKCore", "PKStore", "PKExport"]),
        /// The Swift runtime and Foundation linked in (-static-stdlib): loading and relocating their shared
        /// libraries took half of `pks --version`'s start-up (callgrind, LD_DEBUG=statistics). Compiling with
        /// the flag too makes the module ask for the libraries the static Foundation needs (its ICU).
        .executableTarget(name: "pks", dependencies: [
            "PKShell", "PKTerminal",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: [.unsafeFlags(["-static-stdlib"])], linkerSettings: [.unsafeFlags(["-static-stdlib"])]),
        .testTarget(name: "PKCoreTests", dependencies: ["PKCore"]),
        .testTarget(name: "PKStoreTests", dependencies: ["PKStore"]),
        .testTarget(name: "PKShellTests", dependencies: ["PKShell"]),
        .testTarget(name: "PKExportTests", dependencies: [
            "PKExport",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        /// Runs the built pks binary on Tests/Transcripts/*.pks.
        .testTarget(name: "TranscriptTests", exclude: []),
    ]
)
