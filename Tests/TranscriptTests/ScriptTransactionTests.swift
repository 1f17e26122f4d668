import Foundation
import PKTestSupport
import Testing

/// What scripts leave in the database: checked by a second pks process after the first has ended.
@Suite struct ScriptTransactionTests {
    /// Everything a later reader can see: ieva's records and the administrator's audit trail.
    private func state(_ database: ScratchDatabase) -> String {
        database.run(["login ieva", "year 2019", "stats --json"]).stdout + database.run(["login admin", "log"]).stdout
    }

    private func runScript(_ database: ScratchDatabase, _ lines: [String], options: [String]) -> TranscriptRunner.Result_ {
        let script = database.folder.appendingPathComponent("script.pks")
        try? (lines.joined(separator: "\n") + "\n").write(to: script, atomically: true, encoding: .utf8)
        var environment = TranscriptRunner.baseEnvironment
        environment["PKS_DB"] = database.location
        return TranscriptRunner.execute(options + ["run", "script.pks"], environment: environment, in: database.folder, stdin: nil)
    }

    static let lateFailure = ["login ieva", "add 015A", "set e-latvija 10 9", "compute", "save", "close",
                              "add 016B", "set klatiene 3 3", "save", "submit --yes", "set klatiene -1 0"]

    @Test(arguments: TestBackend.available, [["--single-transaction"], ["--single-transaction", "--keep-going"], ["--dry-run"]])
    func aFailingOrDryRunKeepsNothing(_ backend: TestBackend, _ options: [String]) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        let before = state(database)
        let result = runScript(database, Self.lateFailure, options: options)
        #expect(result.status == 1)
        #expect(state(database) == before, "\(options) kept changes")
    }

    /// The export's file, and any temporary file beside it.
    private func exportFiles(_ database: ScratchDatabase) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: database.folder.path)) ?? []).filter { $0.contains("held.csv") }
    }

    @Test(arguments: TestBackend.available, [["--single-transaction"], ["--single-transaction", "--keep-going"], ["--dry-run"]])
    func aScriptThatKeepsNothingLeavesNoExportedFile(_ backend: TestBackend, _ options: [String]) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        let lines = Self.lateFailure.dropLast() + ["export csv held.csv", "export xlsx held.csv.xlsx", Self.lateFailure.last!]
        let result = runScript(database, Array(lines), options: options)
        #expect(result.status == 1)
        #expect(result.stdout.contains("wrote 2 records of 2019 to held.csv;"))
        #expect(exportFiles(database) == [], "\(options) left files")
    }

    @Test(arguments: TestBackend.available)
    func aKeptSingleTransactionPlacesItsExports(_ backend: TestBackend) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        let lines = Self.lateFailure.dropLast() + ["export csv held.csv", "export xlsx held.csv.xlsx"]
        #expect(runScript(database, Array(lines), options: ["--single-transaction"]).status == 0)
        #expect(exportFiles(database).sorted() == ["held.csv", "held.csv.xlsx"])
        let csv = try String(contentsOf: database.folder.appendingPathComponent("held.csv"), encoding: .utf8)
        #expect(csv.contains("2019,016B,Būvatļauja,iesniegts"))
    }

    @Test(arguments: TestBackend.available)
    func aDryRunThatSucceedsStillKeepsNothing(_ backend: TestBackend) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        let before = state(database)
        let result = runScript(database, Array(Self.lateFailure.dropLast()), options: ["--dry-run"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("submitted the 2019 record of 016B"))
        #expect(state(database) == before)
    }

    @Test(arguments: TestBackend.available)
    func withoutSingleTransactionEachSavedCommandIsKept(_ backend: TestBackend) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        #expect(runScript(database, Self.lateFailure, options: []).status == 1)
        let stats = database.run(["login ieva", "year 2019", "stats"]).stdout
        #expect(stats.contains("015A") && stats.contains("016B  Būvatļauja             submitted"))
    }

    @Test(arguments: TestBackend.available)
    func aSuccessfulSingleTransactionIsKeptWhole(_ backend: TestBackend) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        #expect(runScript(database, Array(Self.lateFailure.dropLast()), options: ["--single-transaction"]).status == 0)
        #expect(database.run(["login ieva", "year 2019", "stats"]).stdout.contains("1 record: 1 submitted, 1 draft") == false)
        #expect(database.run(["login ieva", "year 2019", "stats"]).stdout.contains("2 records: 1 submitted, 1 draft"))
    }

    /// SQLite only: on PostgreSQL the server authenticates (its own auth_delay slows guessing down).
    @Test func sqliteFailedLoginsInsideARolledBackRunStillCount() throws {
        let database = try ScratchDatabase(.sqlite)
        defer { database.remove() }
        let guesses = Array(repeating: "login ieva", count: 6)
        var environment = ["PKS_PASSWORD": "minējums"]
        environment["PKS_DB"] = database.location
        let script = database.folder.appendingPathComponent("guess.pks")
        try (guesses.joined(separator: "\n") + "\n").write(to: script, atomically: true, encoding: .utf8)
        let result = TranscriptRunner.execute(["--single-transaction", "--keep-going", "run", "guess.pks"],
                                              environment: TranscriptRunner.baseEnvironment.merging(environment) { $1 },
                                              in: database.folder, stdin: nil)
        #expect(result.status == 3)
        #expect(result.stderr.contains("too many failed attempts for ieva"), "the 6th guess in the same run is slowed down")
        let after = database.run(["login ieva"])
        #expect(after.status == 3 && after.stderr.contains("too many failed attempts"), "the count survived the rollback")
    }

    @Test(arguments: TestBackend.available)
    func ctrlCStopsAScriptBetweenCommandsAndKeepsNothingInOneTransaction(_ backend: TestBackend) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        let before = state(database)
        let lines = ["login ieva", "add 015A", "set e-latvija 10 9", "compute", "save", "close"]
            + Array(repeating: "year 2019", count: 400_000)
        let script = database.folder.appendingPathComponent("long.pks")
        try (lines.joined(separator: "\n") + "\n").write(to: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TranscriptRunner.binary)
        process.arguments = ["--quiet", "--single-transaction", "run", "long.pks"]
        var environment = TranscriptRunner.baseEnvironment
        environment["PKS_DB"] = database.location
        process.environment = environment
        process.currentDirectoryURL = database.folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        usleep(700_000)
        process.interrupt()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "pks ended by itself, not killed by the signal")
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("long.pks:"), "\(stderr)")
        #expect(stderr.contains("error: interrupted (Ctrl-C) after"), "\(stderr)")
        #expect(stderr.contains("summary: "), "\(stderr)")
        #expect(stderr.contains("note: nothing the script did was kept"), "\(stderr)")
        #expect(state(database) == before)
    }
}
