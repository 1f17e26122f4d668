import CLibEdit
#if canImport(Glibc)
import Glibc
#endif

/// Interactive line input through BSD libedit: editing keys, in-memory history, UTF-8 input.
public final class LineEditor {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    /// The prompt libedit asks for through the C callback, kept alive as a C string.
    private var promptBuffer: [CChar] = [0]

    /// A line editor on the terminal; nil when stdin is not a terminal (then read lines plainly).
    public init?(programName: String) {
        guard StandardStreams.isTerminal(0) else { return nil }
        // Without a UTF-8 locale libedit drops every non-ASCII letter typed.
        if setlocale(LC_CTYPE, "") == nil || !String(cString: nl_langinfo(nl_item(CODESET))).uppercased().contains("UTF") {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard let editLine = el_init(programName, pks_stdin(), pks_stdout(), pks_stderr()),
              let history = history_init() else { return nil }
        self.editLine = editLine
        self.history = history
        pks_history_setsize(history, 2_000)
        pks_el_set_history(editLine, history)
        pks_el_set_editor(editLine, "emacs")
        pks_el_set_signal(editLine, 1)
        pks_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        pks_el_set_prompt(editLine, { editLine in
            guard let editLine, let data = pks_el_get_clientdata(editLine) else { return nil }
            let editor = Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
            return editor.promptBuffer.withUnsafeMutableBufferPointer { $0.baseAddress }
        }, 1)
        el_source(editLine, nil)
    }

    deinit {
        el_end(editLine)
        history_end(history)
    }

    /// Reads one line with the prompt; nil at end of input (Ctrl-D on an empty line).
    public func readLine(prompt: String) -> String? {
        promptBuffer = Array(prompt.utf8CString)
        var count: Int32 = 0
        guard let raw = el_gets(editLine, &count), count > 0 else { return nil }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        if line.contains(where: { !$0.isWhitespace }) { pks_history_enter(history, line) }
        return line
    }
}
