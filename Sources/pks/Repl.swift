import PKShell
import PKTerminal

/// The interactive loop: prompt, read a line with libedit, execute it, until quit or Ctrl-D.
struct Repl {
    let interpreter: Interpreter
    let editor: LineEditor
    let quiet: Bool

    func run() {
        if !quiet {
            StandardStreams.write("pks — service statistics of the Latvian service catalogue. Type help for the commands.\n")
        }
        while !interpreter.wantsToQuit {
            StandardStreams.flush()
            guard let line = editor.readLine(prompt: interpreter.prompt) else {
                StandardStreams.write("\n")
                interpreter.execute("quit")
                continue
            }
            interpreter.execute(line)
        }
    }
}
