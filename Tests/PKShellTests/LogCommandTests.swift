import Foundation
import PKShell
import Testing

/// `log` at a terminal shows the newest 50 changes and says how to see more; a script gets every one.
@Suite struct LogCommandTests {
    private func rows(_ output: String) -> Int {
        output.split(separator: "\n").filter { $0.contains("add institution") }.count
    }

    @Test func aTerminalSeesTheNewest50UnlessTheLimitSaysOtherwise() throws {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.loggedInAdmin())
        for number in 1...55 { #expect(shell.interpreter.execute("institution add I\(number) \"Iestāde \(number)\"")) }
        shell.console.clear()
        #expect(shell.interpreter.execute("log"))
        #expect(rows(shell.console.output) == 55, "not a terminal: every entry")
        #expect(!shell.console.output.contains("--limit"))

        shell.console.outputIsTerminal = true
        shell.console.clear()
        #expect(shell.interpreter.execute("log"))
        #expect(rows(shell.console.output) == 50)
        #expect(shell.console.output.split(separator: "\n")[1].contains("I55"), "the newest first, under the header")
        #expect(shell.console.output.hasSuffix(
            "the newest 50 changes are shown; older ones: log --limit N, or --since YYYY-MM-DD\n"))
        shell.console.clear()
        #expect(shell.interpreter.execute("log --limit 100"))
        #expect(rows(shell.console.output) == 55 && !shell.console.output.contains("older ones"))
    }
}
