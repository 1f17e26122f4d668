import Foundation
import PKShell
import Testing

@Suite struct ExitStatusTests {
    @Test func successfulCommandsLeaveTheStatusAtZero() {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.loggedInAdmin())
        #expect(shell.interpreter.execute("whoami"))
        #expect(shell.console.output.contains("admin") && shell.console.output.contains("Anna Administratore"))
        #expect(shell.interpreter.exitStatus == .success)
    }

    @Test func aFailedCommandSetsStatusOne() {
        let shell = ShellHarness()
        #expect(!shell.interpreter.execute("frobnicate"))
        #expect(shell.interpreter.exitStatus == .failure)
        #expect(shell.interpreter.execute("year"))
        #expect(shell.interpreter.exitStatus == .failure, "a later success does not clear the failure")
    }

    @Test func unknownUserGivesStatusThree() {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.initialize())
        #expect(!shell.interpreter.execute("login nobody"))
        #expect(shell.console.errors == "error: login failed: unknown user or wrong password\n")
        #expect(shell.interpreter.exitStatus == .authentication)
        #expect(shell.interpreter.session.principal == nil)
    }

    @Test func wrongPasswordGivesStatusThreeAndTheSameMessage() {
        let setup = ShellHarness()
        defer { setup.removeFolder() }
        #expect(setup.initialize())
        let shell = ShellHarness(password: "not-the-password", folder: setup.folder)
        #expect(!shell.interpreter.execute("login admin"))
        #expect(shell.console.errors == "error: login failed: unknown user or wrong password\n")
        #expect(shell.interpreter.exitStatus == .authentication)
    }

    @Test func authenticationStatusOutranksLaterAndEarlierFailures() {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.initialize())
        #expect(!shell.interpreter.execute("frobnicate"))
        #expect(shell.interpreter.exitStatus == .failure)
        #expect(!shell.interpreter.execute("login nobody"))
        #expect(shell.interpreter.exitStatus == .authentication)
        #expect(!shell.interpreter.execute("frobnicate"))
        #expect(shell.interpreter.exitStatus == .authentication)
    }

    @Test func loginWithoutADatabaseFailsWithStatusOneAndMakesNone() {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(!shell.interpreter.execute("login admin"))
        #expect(shell.console.errors.contains("there is no database"))
        #expect(shell.interpreter.exitStatus == .failure)
    }

    @Test func initializingTwiceFails() {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.initialize())
        #expect(!shell.interpreter.initializeDatabase(admin: "other", fullName: "Otra", passwordCost: 1))
        #expect(shell.console.errors == "error: the database already has an administrator\n")
        #expect(shell.interpreter.exitStatus == .failure)
    }
}
