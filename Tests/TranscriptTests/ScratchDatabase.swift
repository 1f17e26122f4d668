import Foundation
import PKTestSupport

/// A copy of the fixture database for one test — a file in a folder of its own, or a database on the test
/// server — on which pks runs as often as the test needs.
final class ScratchDatabase: @unchecked Sendable {
    let backend: TestBackend
    /// The test's folder: pks's working folder and `$HOME`; the SQLite copy is `pks.sqlite` in it.
    let folder: URL
    /// What `$PKS_DB` names: the file, or the server's database.
    let location: String
    private var postgres: (server: TestPostgres, database: String, lock: RolesLock)?

    init(_ backend: TestBackend = .sqlite) throws {
        self.backend = backend
        folder = try TestFolders.make("scratch")
        switch backend {
        case .sqlite:
            let file = folder.appendingPathComponent("pks.sqlite")
            try FileManager.default.copyItem(at: try TranscriptRunner.fixture.get(), to: file)
            location = file.path
        case .postgres:
            let copy = try PostgresFixture.copy()
            postgres = copy
            location = copy.server.uri(copy.database)
        }
    }

    deinit { remove() }

    /// The environment every run starts from, on this database.
    var environment: [String: String] {
        var environment = TranscriptRunner.baseEnvironment
        environment["PKS_DB"] = location
        environment["HOME"] = folder.path
        return environment
    }

    /// Runs pks with `-c` for each command, at the given moment, with extra environment.
    func run(_ commands: [String], now: String = "2020-03-02T10:15:00", environment extra: [String: String] = [:]) -> TranscriptRunner.Result_ {
        execute(commands.flatMap { ["-c", $0] }, now: now, environment: extra)
    }

    /// Runs pks with these arguments in the test's folder.
    func execute(_ arguments: [String], now: String = "2020-03-02T10:15:00", environment extra: [String: String] = [:],
                 stdin: URL? = nil, in place: URL? = nil) -> TranscriptRunner.Result_ {
        var environment = environment
        environment["PKS_NOW"] = now
        environment.merge(extra) { $1 }
        return TranscriptRunner.execute(arguments, environment: environment, in: place ?? folder, stdin: stdin)
    }

    /// Removes the copy (and, on the server, the logins a test made), then lets the next test have the roles.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
        if let (server, database, _) = postgres {
            try? server.dropCatalogue(database, group: PostgresFixture.group, keeping: Set(PostgresFixture.logins))
        }
        postgres = nil
    }
}
