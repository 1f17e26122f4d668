// swift-tools-version: 6.0
import PackageDescription

/// The Swift runtime and Foundation linked in for release builds: loading and relocating their shared
/// libraries took half of `pks --version`'s start-up (callgrind, LD_DEBUG=statistics). Compiling with the
/// flag too makes the module ask for the libraries the static Foundation needs (its ICU). Debug builds and
/// tests link dynamically: a quicker link and a test binary a fifth of the size.
let staticRuntime: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
/// Release code asks for generic types' metadata through their accessors, not by demangling the type's name
/// at run time: `pks -c help` spent a fifth of its instructions demangling its tables' types (callgrind).
let directMetadata: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
                                                   .when(configuration: .release))]
/// What the dynamic loader still did at start-up, cut for release builds (callgrind of `pks --version`,
/// 5.8 → 3.0 million instructions): the C++ library is linked in statically too (`Scripts/link/libstdc++.so`
/// sends `-lstdc++` to `libstdc++.a`; binding the shared one's 1,700 symbols was a third of start-up);
/// symbols are no longer exported from the executable (`-static-stdlib` exports them all, 9,000 that
/// Foundation's `dladdr` at start-up searched); and lld packs the 86,000 relative relocations (RELR,
/// glibc 2.36 or later).
let staticRuntimeLink: [LinkerSetting] = [.unsafeFlags([
    "-static-stdlib", "-use-ld=lld", "-L", Context.packageDirectory + "/Scripts/link",
    "-Xlinker", "--no-export-dynamic", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
], .when(configuration: .release))]

/// A C library linked in statically for release builds, as the C++ library is: loading libedit with what it needs
/// (libtinfo, libbsd, libmd, all under BSD-style licences) and binding their 400 symbols cost start-up a tenth of
/// its instructions (callgrind, LD_DEBUG=bindings). Named by file (`-l:libedit.a`, from the Debian -dev packages):
/// `-ledit` would find the shared library in the folder zlib's pkg-config puts ahead of ours. Debug builds link
/// the shared library. libcrypt stays shared: it is under the LGPL.
func linked(_ library: String, staticallyInReleaseWith dependencies: [String]) -> [LinkerSetting] {
    [.linkedLibrary(library, .when(configuration: .debug)),
     .unsafeFlags(([library] + dependencies).flatMap { ["-Xlinker", "-l:lib\($0).a"] }, .when(configuration: .release))]
}

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
        /// Domain: channels, records, indicators, validation, message names. Foundation only, no I/O.
        .target(name: "PKCore", swiftSettings: directMetadata),
        /// The store facade: rights, institution scope, validation, audit wording, the revision rule — over
        /// a backend protocol. No database driver.
        /// The common passwords are compiled in, so that no installed file can go missing.
        .target(name: "PKStore", dependencies: ["PKCore"], resources: [.embedInCode("Resources/common-passwords.txt")],
                swiftSettings: directMetadata),
        /// libxcrypt (yescrypt) for password hashes.
        .systemLibrary(name: "CCrypt", providers: [.apt(["libcrypt-dev"])]),
        /// SQLite's threading mode, set through its variadic sqlite3_config.
        .target(name: "CSQLiteMode", linkerSettings: [.linkedLibrary("sqlite3")]),
        /// The SQLite backend through GRDB: migrations, triggers, positional reads, yescrypt passwords.
        .target(name: "PKStoreSQLite", dependencies: [
            "PKCore", "PKStore", "CCrypt", "CSQLiteMode",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ], swiftSettings: directMetadata),
        /// The declarations of libpq, PostgreSQL's own client library; PKStorePostgres loads it when first used.
        .systemLibrary(name: "CLibPQ", providers: [.apt(["libpq-dev"])]),
        /// The PostgreSQL backend through libpq: migrations, row-level security, login roles, triggers —
        /// the server is the security boundary.
        .target(name: "PKStorePostgres", dependencies: ["PKCore", "PKStore", "CLibPQ"], swiftSettings: directMetadata),
        /// Exporters: csv, tsv, xlsx (SpreadsheetML in our own zip writer over zlib, the CZlib module ZIPFoundation
        /// declares; ZIPFoundation reads xlsx), JSON; atomic file writes.
        .target(name: "PKExport", dependencies: [
            "PKCore", "CSignals",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], swiftSettings: directMetadata),
        /// BSD libedit.
        .systemLibrary(name: "CLibEdit", providers: [.apt(["libedit-dev"])]),
        /// Signal handling in C for async-signal safety: the no-echo prompt, Ctrl-C during scripts.
        .target(name: "CSignals"),
        /// The only code that touches libedit, termios and the terminal's signals.
        .target(name: "PKTerminal", dependencies: ["CLibEdit", "CSignals"], swiftSettings: directMetadata,
                linkerSettings: linked("edit", staticallyInReleaseWith: ["tinfo", "bsd", "md"])),
        /// The command interpreter: lexer, command table, session, diagnostics, the catalogues of messages.
        .target(name: "PKShell", dependencies: ["PKCore", "PKStore", "PKExport"], swiftSettings: directMetadata),
        .executableTarget(name: "pks", dependencies: [
            "PKCore", "PKStore", "PKStoreSQLite", "PKStorePostgres", "PKShell", "PKTerminal",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: staticRuntime + directMetadata, linkerSettings: staticRuntimeLink),
        .testTarget(name: "PKCoreTests", dependencies: ["PKCore"]),
        /// What the tests of several modules share: the throwaway PostgreSQL server, folders removed at exit.
        .target(name: "PKTestSupport", path: "Tests/PKTestSupport"),
        .testTarget(name: "PKStoreTests", dependencies: [
            "PKCore", "PKStore", "PKStoreSQLite", "PKStorePostgres", "PKTestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "PKStoreSQLiteTests", dependencies: [
            "PKCore", "PKStore", "PKStoreSQLite", "PKTestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "PKShellTests", dependencies: [
            "PKCore", "PKStore", "PKStoreSQLite", "PKExport", "PKShell",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "PKExportTests", dependencies: [
            "PKCore", "PKExport", "PKTestSupport",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        /// Runs the built pks binary on Tests/Transcripts/*.pks.
        .testTarget(name: "TranscriptTests", dependencies: ["PKTestSupport"]),
    ]
)
