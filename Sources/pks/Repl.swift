import Foundation
import PKCore
import PKShell
import PKTerminal

/// The interactive loop: prompt, read a line with libedit, execute it, until quit or Ctrl-D.
struct Repl {
    let interpreter: Interpreter
    let editor: LineEditor
    let quiet: Bool
    let colored: Bool

    func run() {
        Interrupts.watch()
        if !quiet {
            StandardStreams.write(interpreter.text(.banner) + "\n")
        }
        while !interpreter.wantsToQuit {
            StandardStreams.flush()
            switch editor.readLine(prompt: prompt) {
            case .abandoned:
                continue
            case .end:
                StandardStreams.write("\n")
                interpreter.execute("quit")
            case .line(let line):
                interpreter.execute(line)
                Interrupts.clear()
                interpreter.finishTerminalLine()
            }
        }
    }

    /// The prompt, coloured when allowed; escape sequences between `\u{1}` marks take no room. Adjacent
    /// marked stretches are joined into one: libedit dropped what followed a mark that closed one stretch
    /// and opened the next (the unsaved `*` and the final `> ` went missing).
    private var prompt: String {
        guard colored else { return interpreter.prompt }
        return interpreter.prompt { text, part in
            let code = switch part {
            case .user: "1;36"
            case .year: "33"
            case .record: "1;32"
            case .unsaved: "1;31"
            }
            return "\u{1}\u{1B}[\(code)m\u{1}\(text)\u{1}\u{1B}[0m\u{1}"
        }.replacingOccurrences(of: "\u{1}\u{1}", with: "")
    }

    /// The line editor at the terminal, with the history file and TAB completion; nil when stdin is no terminal.
    static func editor(for launcher: SessionLauncher) -> LineEditor? {
        let interpreter = launcher.interpreter
        return LineEditor(programName: "pks", historyFile: HistoryFile.standard(environment: launcher.environment),
                   completer: completer(interpreter), historyFailed: { path, code in
                       interpreter.warn(Message(.historyNotKept, ["path": path, "reason": SystemReason(code)]))
                   })
    }

    /// How many candidates a listing shows before it asks for more letters.
    static let listingLimit = 120

    /// TAB: the interpreter's completion, listed in columns when there is more than one candidate.
    static func completer(_ interpreter: Interpreter) -> LineEditor.Completer {
        { text, width in
            let completion = interpreter.complete(text)
            let candidates = completion.candidates
            guard !candidates.isEmpty else { return (completion.replacing, completion.insertion, nil) }
            var listing = Columns.layout(Array(candidates.prefix(listingLimit)), width: width)
            if candidates.count > listingLimit {
                listing += "\n" + interpreter.text(.moreCandidates, ["n": candidates.count - listingLimit])
            }
            return (completion.replacing, completion.insertion, listing)
        }
    }
}
