import Foundation
import Testing

/// The exit status of SPEC section 1, as a caller of the pks process sees it.
@Suite struct ExitCodeTests {
    @Test(arguments: [
        (["-c", "login ieva", "-c", "whoami"], [String: String](), Int32(0)),
        (["-c", "login ieva", "-c", "show 999X"], [:], 1),
        (["--bogus"], [:], 2),
        (["run", "no-such-script.pks"], [:], 2),
        (["-c", "login ieva"], ["PKS_PASSWORD": "wrong"], 3),
        (["--user", "vecais", "-c", "stats"], [:], 3),
    ] as [([String], [String: String], Int32)])
    func exitStatusTellsWhatWentWrong(arguments: [String], environment: [String: String], status: Int32) throws {
        let database = try ScratchDatabase()
        defer { database.remove() }
        var variables = TranscriptRunner.baseEnvironment
        variables["PKS_DB"] = database.folder.appendingPathComponent("pks.sqlite").path
        variables.merge(environment) { $1 }
        let result = TranscriptRunner.execute(arguments, environment: variables, in: database.folder, stdin: nil)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
    }
}
