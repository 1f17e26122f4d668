import PKShell
import Testing

/// Which commands ask the console to page their output, and `--no-pager`.
@Suite struct PagingTests {
    @Test func theListingsPageUnlessNoPagerIsGiven() throws {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.loggedInAdmin())
        for line in ["services", "stats", "missing --all-institutions", "log", "overview", "institution list", "user list"] {
            shell.console.clear()
            #expect(shell.interpreter.execute(line))
            #expect(shell.console.pagingLog == ["page", "end"], "\(line)")
            shell.console.clear()
            #expect(shell.interpreter.execute(line + " --no-pager"))
            #expect(shell.console.pagingLog.isEmpty, "\(line) --no-pager")
            #expect(!shell.console.output.isEmpty)
        }
        shell.console.clear()
        #expect(shell.interpreter.execute("whoami") && shell.interpreter.execute("year"))
        #expect(shell.console.pagingLog.isEmpty, "short answers never page")
    }

    @Test func anErrorIsReportedAfterThePagerEnds() throws {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.loggedInAdmin())
        #expect(!shell.interpreter.execute("user list --expiring soon"))
        #expect(shell.console.pagingLog == ["page", "end", "error"])
        shell.console.clear()
        #expect(!shell.interpreter.execute("services --no-pagr"), "an unknown option is refused before any paging")
        #expect(shell.console.pagingLog == ["error"])
    }
}
