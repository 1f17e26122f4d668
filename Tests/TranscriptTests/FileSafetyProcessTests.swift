import Foundation
import Testing

/// The database file as another user of the machine, or a read-only medium, meets it.
@Suite struct FileSafetyProcessTests {
    /// Runs pks as a user who may read the file but not write it: `nobody` when the tests run as root
    /// (root writes anything), else the test's own user with the file and its folder made read-only.
    private func runReadOnly(_ database: ScratchDatabase, _ commands: [String]) throws -> TranscriptRunner.Result_ {
        let folder = database.folder.appendingPathComponent("readonly")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("pks.sqlite")
        try Data(contentsOf: URL(fileURLWithPath: database.location)).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: database.folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        var environment = database.environment
        environment["PKS_DB"] = file.path
        environment["HOME"] = "/tmp"
        environment["PKS_NOW"] = "2020-03-02T10:15:00"
        let pks = commands.flatMap { ["-c", $0] }
        guard getuid() == 0 else { return TranscriptRunner.execute(pks, environment: environment, in: folder, stdin: nil) }
        let variables = environment.map { "\($0.key)=\($0.value)" }
        return TranscriptRunner.execute(["-u", "nobody", "--", "/usr/bin/env"] + variables + [TranscriptRunner.binary] + pks,
                                        environment: environment, in: folder, stdin: nil, executable: "/usr/sbin/runuser")
    }

    @Test func aReadOnlyCopyCanBeReadButNotChanged() throws {
        let database = try ScratchDatabase()
        defer { database.remove() }
        #expect(database.run(["login ieva", "year 2019", "add 015A", "set klatiene 5 5", "set e-latvija 2 1", "compute", "save"]).status == 0)
        let reading = try runReadOnly(database, ["login ieva", "year 2019", "stats", "show 015A", "log"])
        #expect(reading.status == 0, "\(reading.stderr)")
        #expect(reading.stdout.contains("015A  Iesniegums Carnikavai  draft"))
        let writing = try runReadOnly(database, ["login ieva", "year 2019", "edit 015A", "complaints 3", "save"])
        #expect(writing.status == 1)
        #expect(writing.stderr.contains("may only be read here: pks shows what it holds but cannot change it"), "\(writing.stderr)")
    }

    @Test func pksWritesNoCoreFile() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TranscriptRunner.binary)
        process.environment = TranscriptRunner.baseEnvironment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        var limits = ""
        for _ in 0..<100 where !limits.contains("Max core file size") {
            usleep(20_000)
            limits = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/limits", encoding: .utf8)) ?? ""
        }
        let core = limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") }
        #expect(core?.split(separator: " ", omittingEmptySubsequences: true).dropFirst(4).first == "0", "\(core ?? "no limits")")
    }
}
