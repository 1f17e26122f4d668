import Foundation
import PKTestSupport
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
        for backend in TestBackend.available {
            let database = try ScratchDatabase(backend)
            defer { database.remove() }
            let result = database.execute(arguments, environment: environment)
            #expect(result.status == status, "\(arguments) on \(backend): \(result.stderr)")
        }
    }

    /// `PKS_TODAY=` and `PKS_NOW=`, set but empty as environments often leave them, are the real clock, not a usage error.
    @Test func emptyClockVariablesAreTheRealClock() throws {
        let database = try ScratchDatabase()
        defer { database.remove() }
        let result = database.execute(["-c", "year"], environment: ["PKS_TODAY": "", "PKS_NOW": ""])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("reporting year "))
    }
}
