import Foundation

/// A copy of the fixture database in its own folder, for tests that run pks several times on one database.
struct ScratchDatabase {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pks-scratch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try TranscriptRunner.fixture.get(), to: folder.appendingPathComponent("pks.sqlite"))
    }

    /// Runs pks with `-c` for each command, at the given moment, with extra environment.
    func run(_ commands: [String], now: String = "2020-03-02T10:15:00", environment extra: [String: String] = [:]) -> TranscriptRunner.Result_ {
        var environment = TranscriptRunner.baseEnvironment
        environment["PKS_DB"] = folder.appendingPathComponent("pks.sqlite").path
        environment["HOME"] = folder.path
        environment["PKS_NOW"] = now
        environment.merge(extra) { $1 }
        return TranscriptRunner.execute(commands.flatMap { ["-c", $0] }, environment: environment, in: folder, stdin: nil)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
