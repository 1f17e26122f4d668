import Foundation
import PKTestSupport
import Testing

/// Logins across separate pks processes on one database: refusals, slow-down, rights changes.
@Suite struct LoginProcessTests {
    @Test(arguments: TestBackend.available)
    func wrongPasswordAndUnknownUserGetTheSameMessageAndExit3(_ backend: TestBackend) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        let wrong = database.run(["login ieva"], environment: ["PKS_PASSWORD": "nepareizi"])
        let unknown = database.run(["login nav-tads"])
        #expect(wrong.status == 3 && unknown.status == 3)
        #expect(wrong.stderr == "error: login failed: unknown user or wrong password\n")
        #expect(unknown.stderr == wrong.stderr)
    }

    /// SQLite only: on PostgreSQL the server authenticates (its own auth_delay slows guessing down).
    @Test func sqliteSlowDownAfterFiveFailuresPersistsAcrossRuns() throws {
        let database = try ScratchDatabase(.sqlite)
        defer { database.remove() }
        for _ in 1...5 {
            #expect(database.run(["login ieva"], environment: ["PKS_PASSWORD": "nepareizi"]).status == 3)
        }
        // A new process in the same second: refused even with the right password.
        let refused = database.run(["login ieva"])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("too many failed attempts for ieva; try again in 1 s"))
        // One second later the right password works and clears the count.
        #expect(database.run(["login ieva"], now: "2020-03-02T10:15:01").status == 0)
        // Each failure beyond five doubles the wait: 5 failures, then a 6th after waiting 1 s.
        for _ in 1...5 { _ = database.run(["login ieva"], now: "2020-03-02T10:20:00", environment: ["PKS_PASSWORD": "x"]) }
        _ = database.run(["login ieva"], now: "2020-03-02T10:20:01", environment: ["PKS_PASSWORD": "x"])
        let longer = database.run(["login ieva"], now: "2020-03-02T10:20:02")
        #expect(longer.stderr.contains("try again in 1 s"), "6 failures: 2 s after the last one")
        #expect(database.run(["login ieva"], now: "2020-03-02T10:20:03").status == 0)
    }

    /// SQLite only: on PostgreSQL the server authenticates (its own auth_delay slows guessing down).
    @Test func sqliteUnknownLoginsSlowDownTooSoNoLoginIsRevealed() throws {
        let database = try ScratchDatabase(.sqlite)
        defer { database.remove() }
        for _ in 1...5 { _ = database.run(["login nav-tads"]) }
        #expect(database.run(["login nav-tads"]).stderr.contains("too many failed attempts for nav-tads"))
    }

    /// SQLite only: someone guessing must not lock the owner out; the administrator's unlock lets them in.
    @Test func sqliteUserUnlockLetsALockedOutLoginInAtOnce() throws {
        let database = try ScratchDatabase(.sqlite)
        defer { database.remove() }
        for _ in 1...12 { _ = database.run(["login ieva"], environment: ["PKS_PASSWORD": "nepareizi"]) }
        #expect(database.run(["login ieva"]).stderr.contains("too many failed attempts for ieva"))
        #expect(database.run(["login admin", "user unlock ieva"]).status == 0)
        #expect(database.run(["login ieva"]).status == 0)
    }

    @Test(arguments: TestBackend.available)
    func closedRightsAreRefusedAndRenewReopensThem(_ backend: TestBackend) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        #expect(database.run(["login admin", "user close ieva"]).status == 0)
        let closed = database.run(["login ieva"])
        #expect(closed.status == 3)
        #expect(closed.stderr.contains("the rights of ieva are closed; ask the administrator"))
        #expect(database.run(["login admin", "user renew ieva --until 2021-12-31"]).status == 0)
        #expect(database.run(["login ieva"]).status == 0)
    }

    @Test(arguments: TestBackend.available)
    func expiredRightsAreRefusedUntilRenewed(_ backend: TestBackend) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        let expired = database.run(["login vecais"])
        #expect(expired.status == 3)
        #expect(expired.stderr.contains("expired on 2019-12-31; ask the administrator (VRAA) to renew them"))
        #expect(database.run(["login vecais"], now: "2019-12-31T23:59:59").status == 0, "valid through its last day")
        #expect(database.run(["login admin", "user renew vecais --until 2020-12-31"]).status == 0)
        #expect(database.run(["login vecais", "whoami"]).stdout.contains("rights valid until:  2020-12-31"))
    }

    @Test(arguments: TestBackend.available)
    func passwordChangeTakesEffectForTheNextLogin(_ backend: TestBackend) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        let changed = database.run(["login ieva", "passwd"], environment: ["PKS_NEW_PASSWORD": "jauna-parole-2020"])
        #expect(changed.status == 0)
        #expect(database.run(["login ieva"]).status == 3)
        #expect(database.run(["login ieva"], now: "2020-03-02T10:16:00", environment: ["PKS_PASSWORD": "jauna-parole-2020"]).status == 0)
    }
}
