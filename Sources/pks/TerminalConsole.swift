import Glibc
import PKShell
import PKTerminal

/// The real process's console: stdout/stderr, the terminal for passwords and confirmations, and the pager
/// for long listings.
final class TerminalConsole: Console {
    let isInteractive: Bool
    let outputIsTerminal = isatty(STDOUT_FILENO) == 1
    /// The pager command (`Pager.command(environment:)`), nil when paging is off.
    private let pagerCommand: String?
    /// The pager of the command running now, if it pages.
    private var pager: Pager?

    init(isInteractive: Bool, pagerCommand: String?) {
        self.isInteractive = isInteractive
        self.pagerCommand = pagerCommand
    }

    func write(_ text: String) { pager.map { $0.write(text) } ?? StandardStreams.write(text) }
    func writeError(_ text: String) { pager.map { $0.writeError(text) } ?? StandardStreams.writeError(text) }
    func readSecret(prompt: String) -> String? { TerminalPrompts.readSecret(prompt: prompt) }
    func ask(_ question: String) -> String? { TerminalPrompts.readLine(prompt: question) }
    var columns: Int? { TerminalSize.columns() }

    func beginPaging() {
        guard outputIsTerminal, pager == nil, let pagerCommand else { return }
        pager = Pager(command: pagerCommand)
    }

    func endPaging() {
        pager?.finish()
        pager = nil
    }
}
