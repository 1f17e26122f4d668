import Glibc
import PKShell
import PKTerminal

/// The real process's console: stdout/stderr, and the terminal for passwords and confirmations.
final class TerminalConsole: Console {
    let isInteractive: Bool
    let outputIsTerminal = isatty(STDOUT_FILENO) == 1

    init(isInteractive: Bool) { self.isInteractive = isInteractive }

    func write(_ text: String) { StandardStreams.write(text) }
    func writeError(_ text: String) { StandardStreams.writeError(text) }
    func readSecret(prompt: String) -> String? { TerminalPrompts.readSecret(prompt: prompt) }
    func ask(_ question: String) -> String? { TerminalPrompts.readLine(prompt: question) }
    var columns: Int? { TerminalSize.columns() }
}
