import Foundation
import PKShell
import Testing

@Suite struct InterpreterUsageTests {
    @Test func blankAndCommentLinesSucceedSilently() {
        let shell = ShellHarness()
        #expect(shell.interpreter.execute(""))
        #expect(shell.interpreter.execute("   # nothing here"))
        #expect(shell.console.output.isEmpty && shell.console.errors.isEmpty)
        #expect(shell.interpreter.exitStatus == .success)
    }

    @Test(arguments: [("halp", "help"), ("stat", "stats"), ("lgin", "login"), ("comput", "compute"), ("SERVISES", "services")])
    func unknownCommandSuggestsTheNearestOne(typed: String, suggestion: String) {
        let shell = ShellHarness()
        #expect(!shell.interpreter.execute(typed))
        #expect(shell.console.errors == "error: unknown command '\(typed)'; did you mean '\(suggestion)'? (help lists the commands)\n")
        #expect(shell.console.output.isEmpty)
    }

    @Test func unknownCommandFarFromEveryNameHasNoSuggestion() {
        let shell = ShellHarness()
        #expect(!shell.interpreter.execute("frobnicate"))
        #expect(shell.console.errors == "error: unknown command 'frobnicate' (help lists the commands)\n")
    }

    @Test func commandNamesAreCaseInsensitive() {
        let shell = ShellHarness()
        #expect(shell.interpreter.execute("YEAR"))
        #expect(shell.console.output.hasPrefix("reporting year 2019; deadline 2020-04-01 (30 days left)"))
    }

    @Test func errorsInAScriptArePrefixedWithFileAndLine() {
        let shell = ShellHarness()
        #expect(!shell.interpreter.execute("year 1999", at: SourceLocation(file: "setup.pks", line: 7)))
        #expect(shell.console.errors.hasPrefix("setup.pks:7: error: '1999' is not a reporting year"))
    }

    @Test(arguments: [("year 2019 2020", "wrong number of arguments (2); usage: year [YYYY]"),
                      ("help a b c", "wrong number of arguments (3); usage: help [TOPIC] [SUBCOMMAND]"),
                      ("login", "wrong number of arguments (0); usage: login LOGIN"),
                      ("source", "wrong number of arguments (0); usage: source FILE")])
    func wrongArgumentCountShowsTheUsageLine(line: String, message: String) {
        let shell = ShellHarness()
        #expect(!shell.interpreter.execute(line))
        #expect(shell.console.errors == "error: \(message)\n")
    }

    @Test func wrongArgumentCountOfALoggedInCommandShowsItsUsageLine() {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.loggedInAdmin())
        #expect(!shell.interpreter.execute("set e-latvija 5"))
        #expect(shell.console.errors == "error: wrong number of arguments (2); usage: set CHANNEL STARTED COMPLETED\n")
        shell.console.clear()
        #expect(!shell.interpreter.execute("service add X"))
        #expect(shell.console.errors.contains("usage: service add CODE NAME [--institution CODE]"))
    }

    @Test func unknownOptionNamesTheCommandAndItsUsage() {
        let shell = ShellHarness()
        #expect(!shell.interpreter.execute("year --json"))
        #expect(shell.console.errors == "error: year has no option --json; usage: year [YYYY]\n")
    }

    @Test func unknownOptionSuggestsTheNearestOption() {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.loggedInAdmin())
        #expect(!shell.interpreter.execute("show --jsn"))
        #expect(shell.console.errors == "error: show has no option --jsn; did you mean --json?; usage: show [SERVICE] [--json] [--institution CODE]\n")
    }

    @Test func optionNeedingAValueAndRequiredOptionsAreReported() {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.loggedInAdmin())
        #expect(!shell.interpreter.execute("user add bob --name"))
        #expect(shell.console.errors.hasPrefix("error: --name needs a value; usage: user add LOGIN --name \"FULL NAME\""))
        shell.console.clear()
        #expect(!shell.interpreter.execute("user add bob --name Bob --institution VRAA"))
        #expect(shell.console.errors.hasPrefix("error: --until is required; usage: user add LOGIN"))
    }

    @Test func doubleDashEndsOptionsSoTheNextWordIsAnArgument() {
        let shell = ShellHarness()
        #expect(!shell.interpreter.execute("year -- --json"))
        #expect(shell.console.errors == "error: '--json' is not a reporting year; give one from 2000 to 2020\n")
    }

    @Test func doubleDashItselfIsNotAnArgument() {
        let shell = ShellHarness()
        #expect(shell.interpreter.execute("year -- 2018"))
        #expect(shell.console.output.hasPrefix("reporting year 2018; deadline 2019-04-01"))
        #expect(shell.interpreter.session.year == 2018)
    }

    @Test func quotedDoubleDashIsAnOrdinaryArgument() {
        let shell = ShellHarness()
        #expect(!shell.interpreter.execute(#"year "--""#))
        #expect(shell.console.errors.contains("'--' is not a reporting year"))
    }

    @Test func familyWithoutOrWithUnknownSubcommandListsTheChoices() {
        let shell = ShellHarness()
        #expect(!shell.interpreter.execute("service"))
        #expect(shell.console.errors == "error: service needs one of: add, channels, publish, show, describe, contact, hours, rename, unpublish, delete, import\n")
        shell.console.clear()
        #expect(!shell.interpreter.execute("institution remove X"))
        #expect(shell.console.errors == "error: unknown command 'institution remove'; institution takes: add, list, rename, contact\n")
    }

    @Test func commandsNeedingLoginRefuseBeforeLogin() {
        let shell = ShellHarness()
        #expect(!shell.interpreter.execute("stats"))
        #expect(shell.console.errors == "error: not logged in; log in first: login LOGIN\n")
        #expect(!FileManager.default.fileExists(atPath: shell.databasePath))
    }
}
