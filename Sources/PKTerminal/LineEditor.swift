import CLibEdit
#if canImport(Glibc)
import Glibc
#endif

/// Interactive line input through BSD libedit: emacs keys, TAB completion, Ctrl-R history search,
/// Ctrl-C abandoning the line, persistent history, UTF-8 input, and the user's ~/.editrc.
public final class LineEditor {
    /// What TAB does: how many characters before the cursor to replace and with what, or else a listing
    /// of the candidates laid out for the terminal's width (nil: nothing matches).
    public typealias Completer = (_ textBeforeCursor: String, _ terminalWidth: Int)
        -> (replacing: Int, insertion: String?, listing: String?)

    /// What one read gave.
    public enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the line was dropped.
        case abandoned
        /// Ctrl-D on an empty line, or the end of input.
        case end
    }

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyFile: HistoryFile?
    private let completer: Completer?
    private var abandoned = false
    /// The prompt libedit asks for through the C callback, kept alive as a C string.
    private var promptBuffer: [CChar] = [0]
    /// Told once, with the `errno`, when the history file cannot be read or written; the shell goes on.
    private let historyFailed: (String, Int32) -> Void
    private var historyFailureTold = false

    /// A line editor on the terminal; nil when stdin is not a terminal (then read lines plainly).
    /// Prompts may mark escape sequences that take no room between two `\u{1}` characters.
    public init?(programName: String, historyFile: HistoryFile?, completer: Completer?,
                 historyFailed: @escaping (_ path: String, _ errno: Int32) -> Void) {
        guard StandardStreams.isTerminal(0) else { return nil }
        // Without a UTF-8 locale libedit drops every non-ASCII letter typed.
        if setlocale(LC_CTYPE, "") == nil || !String(cString: nl_langinfo(nl_item(CODESET))).uppercased().contains("UTF") {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard let editLine = el_init(programName, pks_stdin(), pks_stdout(), pks_stderr()),
              let history = history_init() else { return nil }
        self.editLine = editLine
        self.history = history
        self.historyFile = historyFile
        self.completer = completer
        self.historyFailed = historyFailed
        pks_history_setsize(history, Int32(HistoryFile.defaultLimit))
        pks_history_setunique(history, 1)
        for line in historyFile?.load(failure: tellHistoryFailure) ?? [] { pks_history_enter(history, line) }
        configure()
    }

    deinit {
        el_end(editLine)
        history_end(history)
    }

    private func configure() {
        pks_el_set_history(editLine, history)
        pks_el_set_editor(editLine, "emacs")
        pks_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        pks_el_set_prompt(editLine, { editLine in
            guard let editor = LineEditor.owning(editLine) else { return nil }
            return editor.promptBuffer.withUnsafeMutableBufferPointer { $0.baseAddress }
        }, 1)
        // Signals while a line is read: a resized terminal is measured again at once (SIGWINCH), and SIGTERM or
        // SIGHUP restore the terminal's settings before they end pks, which left it raw.
        pks_el_set_signal(editLine, 1)
        // Ctrl-C is a key while editing (no signal): it drops the line and never leaves the terminal raw.
        pks_el_setty_edit(editLine, "-isig")
        // Ctrl-S is a key too, not the terminal's flow control, which froze all output until Ctrl-Q.
        pks_el_setty_edit(editLine, "-ixon")
        pks_el_addfn(editLine, "pks-abandon", "Drop the line", { editLine, _ in
            LineEditor.owning(editLine)?.abandoned = true
            return UInt8(CC_NEWLINE)
        })
        pks_el_bind(editLine, "^C", "pks-abandon")
        pks_el_addfn(editLine, "pks-complete", "Complete the word", { editLine, _ in
            LineEditor.owning(editLine)?.completeAtCursor() ?? UInt8(CC_ERROR)
        })
        pks_el_bind(editLine, "^I", "pks-complete")
        pks_el_bind(editLine, "^R", "em-inc-search-prev")
        el_source(editLine, nil)  // ~/.editrc may change any of these, but for:
        // libedit's own command line (ed-command: Esc x in emacs mode, : in vi's command mode) hands what is
        // typed to its parser, which crashed on a lone quote (Esc x ' Enter: SIGSEGV in el_wparse); pks has
        // no use for it, so no key reaches it, whatever ~/.editrc binds.
        for (flags, key) in [("", "\\ex"), ("", "\\eX"), ("-a", ":"), ("-a", "\\ex")] {
            pks_el_bind_in(editLine, flags, key, "ed-unassigned")
        }
    }

    /// Reads one line with the prompt.
    public func readLine(prompt: String) -> Input {
        promptBuffer = Array(prompt.utf8CString)
        abandoned = false
        var count: Int32 = 0
        let raw = el_gets(editLine, &count)
        if abandoned {  // shown as bash and psql show it, and the next prompt starts a fresh line
            StandardStreams.write("^C\n")
            return .abandoned
        }
        guard let raw, count > 0 else { return .end }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        if line.contains(where: { !$0.isWhitespace }) {
            pks_history_enter(history, line)
            if let failure = historyFile?.append(line) { tellHistoryFailure(failure) }
        }
        return .line(line)
    }

    private func tellHistoryFailure(_ code: Int32) {
        guard !historyFailureTold, let path = historyFile?.path else { return }
        historyFailureTold = true
        historyFailed(path, code)
    }

    /// Runs the completer on the text before the cursor and edits the line, or lists the candidates.
    private func completeAtCursor() -> UInt8 {
        guard let completer else { return UInt8(CC_REFRESH_BEEP) }
        var length: Int32 = 0
        let bytes = pks_el_text_before_cursor(editLine, &length)
        let text = bytes.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: Int(length)), as: UTF8.self) } ?? ""
        let result = completer(text, TerminalSize.columns() ?? 80)
        if let insertion = result.insertion {
            if result.replacing > 0 { el_deletestr(editLine, Int32(result.replacing)) }
            el_insertstr(editLine, insertion)
            return UInt8(CC_REFRESH)
        }
        guard let listing = result.listing else { return UInt8(CC_REFRESH_BEEP) }
        StandardStreams.write("\n" + listing + "\n")
        StandardStreams.flush()
        return UInt8(CC_REDISPLAY)
    }

    private static func owning(_ editLine: OpaquePointer?) -> LineEditor? {
        guard let editLine, let data = pks_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }
}
