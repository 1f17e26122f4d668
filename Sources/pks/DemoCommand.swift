import ArgumentParser
import Foundation
import PKShell
import PKTerminal

/// `pks demo FILE.pks`: teaching mode at a terminal. A rehearsal: what it changes is rolled back at the end
/// (unless `--keep`), so it can be given again; then the shell stays open for the class's questions.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Teaching mode: show each command (and its comment lines as narration), wait for Enter, run it.",
        discussion: """
            At each command: Enter runs it, s skips it, b goes back a step, Ctrl-L clears the screen, q ends the script. Then the shell stays open for questions \
            until quit (--no-shell: pks ends with the script). Everything the demonstration changed in the catalogue is \
            rolled back at the end, so it can be given again, unless --keep; files it exported stay. Lines starting with ## are notes for the trainer, \
            not narrated. Script options (--var, --dry-run, …) work as for run. Works at a terminal only.
            """)

    /// Ctrl-L: clears the screen and shows the step again, at once.
    static let controlL: UInt8 = 0x0C

    @OptionGroup var global: GlobalOptions
    @OptionGroup var script: ScriptOptionGroup

    @Flag(help: "Keep what the demonstration changed (without it, everything is rolled back at the end).")
    var keep = false

    @Flag(help: "End pks when the script ends, instead of staying in the shell for questions.")
    var noShell = false

    @Argument(help: ArgumentHelp("The script to present.", valueName: "FILE"), completion: .file(extensions: ["pks"]))
    var file: String

    func run() throws {
        try ScriptFile.requireReadable(file)
        guard StandardStreams.isTerminal(0), StandardStreams.isTerminal(1) else { throw StartupError.demoNeedsTerminal(file: file) }
        var options = try script.options()
        options.source = "pks demo " + URL(fileURLWithPath: file).lastPathComponent
        if !keep && !options.dryRun { (options.dryRun, options.rehearsal) = (true, true) }
        let launcher = try SessionLauncher(global: global.values, script: options, interactive: true)
        let editor = noShell ? nil : Repl.editor(for: launcher)
        try launcher.finishScript { interpreter in
            guard var reader = try? LineReader(path: file) else { return }
            defer { reader.closeFile() }
            interpreter.demo(&reader, named: file) { prompt in
                while true {
                    let answer = TerminalPrompts.readLine(prompt: prompt, endingKey: Self.controlL)
                    if answer?.last?.asciiValue == Self.controlL { return .clearScreen }
                    switch answer?.trimmingCharacters(in: .whitespaces).lowercased() {
                    case "": return .run
                    case "s": return .skip
                    case "b": return .back
                    case "q", nil: return .quit
                    default: continue  // a slip of the trainer's hand runs nothing: the question again
                    }
                }
            }
            guard let editor, !interpreter.wantsToQuit else { return }
            StandardStreams.write(interpreter.text(.demoOver, ["file": file]) + "\n")
            Repl(interpreter: interpreter, editor: editor, quiet: true, colored: global.values.colorsAllowed(on: 1, launcher.environment)).run()
        }
    }
}
