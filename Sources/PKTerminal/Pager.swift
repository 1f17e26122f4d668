import CSignals
#if canImport(Glibc)
import Glibc
#endif

/// One command's standard output paged the way psql pages a long result: held back while it still fits
/// the screen (then printed as it is), and once it would not, piped through the pager as it comes —
/// what the pager has not read yet waits in the pipe. When the pager is quit early (`q`) the rest is
/// dropped quietly. What goes to standard error meanwhile is shown after the pager ends, so that it
/// neither lands inside the pager's screen nor before the output it follows.
public final class Pager {
    private enum State {
        /// Output so far fits the screen: held back.
        case holding
        /// Written straight to standard output (it fitted, the pager could not start, or an error came first).
        case direct
        /// Going to the pager through `pipe`; `open` until the pager stops reading.
        case paging(pipe: Int32, child: pid_t, open: Bool)
    }

    private let command: String
    private let rows: Int
    private let columns: Int
    private var state = State.holding
    private var held = ""
    /// Screen lines the held output takes (long lines wrap), and the column the last one has reached.
    private var heldRows = 0
    private var column = 0
    private var heldErrors = ""

    /// A pager for output to the terminal on standard output; nil when standard output is no terminal.
    /// `command` is run by `sh -c`, as `$PAGER` is by psql and git.
    public init?(command: String) {
        guard let rows = TerminalSize.rows(), let columns = TerminalSize.columns() else { return nil }
        self.command = command
        self.rows = rows
        self.columns = columns
    }

    public func write(_ text: String) {
        switch state {
        case .direct:
            StandardStreams.write(text)
        case .holding:
            held += text
            count(text)
            if heldRows >= rows { startPager() }
        case .paging(let pipe, let child, open: true):
            if !send(text, to: pipe) { state = .paging(pipe: pipe, child: child, open: false) }
        case .paging:
            break  // the pager was quit: the rest of the output is not wanted
        }
    }

    public func writeError(_ text: String) {
        switch state {
        case .holding:
            printHeld()
            StandardStreams.writeError(text)
        case .direct:
            StandardStreams.writeError(text)
        case .paging:
            heldErrors += text
        }
    }

    /// Ends the output: prints what is held back, or closes the pipe and waits until the pager is quit.
    public func finish() {
        switch state {
        case .holding:
            printHeld()
        case .direct:
            break
        case .paging(let pipe, let child, _):
            pks_pager_close(pipe, child)
            state = .direct
            StandardStreams.writeError(heldErrors)
            heldErrors = ""
        }
    }

    /// The default pager: `$PKS_PAGER`, else `$PAGER`, else `less -FRX` when less is installed; nil (no
    /// paging) when the variable that is set is empty or blank, as psql reads `$PAGER`, or names a program
    /// that is not installed (the shell would only say so, and the listing would be lost).
    public static func command(environment: [String: String]) -> String? {
        if let chosen = environment["PKS_PAGER"] ?? environment["PAGER"] {
            guard let program = chosen.split(whereSeparator: \.isWhitespace).first(where: { !$0.contains("=") }) else { return nil }
            return program.first == "\"" || program.first == "'" || isInstalled(String(program), environment) ? chosen : nil
        }
        return isInstalled("less", environment) ? "less -FRX" : nil
    }

    /// Whether `program` (a path, or a name looked up in `$PATH`) can be run.
    private static func isInstalled(_ program: String, _ environment: [String: String]) -> Bool {
        if program.contains("/") { return access(program, X_OK) == 0 }
        return (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains { access("\($0)/\(program)", X_OK) == 0 }
    }

    /// Counts the screen lines `text` adds to the held output, long lines wrapping at the terminal's width.
    private func count(_ text: String) {
        for character in text {
            if character.isNewline {
                heldRows += 1
                column = 0
            } else if column == columns {
                heldRows += 1
                column = 1
            } else {
                column += 1
            }
        }
    }

    private func startPager() {
        StandardStreams.flush()
        setenv("LESSCHARSET", "utf-8", 0)  // what pks writes, whatever the locale says (unless the user chose)
        var child = pid_t()
        let pipe = pks_pager_open(command, &child)
        guard pipe >= 0 else { return printHeld() }
        state = .paging(pipe: pipe, child: child, open: send(held, to: pipe))
        held = ""
    }

    private func printHeld() {
        state = .direct
        StandardStreams.write(held)
        held = ""
    }

    private func send(_ text: String, to pipe: Int32) -> Bool {
        var text = text
        return text.withUTF8 { pks_pager_write(pipe, $0.baseAddress, $0.count) == 0 }
    }
}
