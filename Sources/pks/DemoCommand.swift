import ArgumentParser
import PKShell
import PKTerminal

/// `pks demo FILE.pks`: teaching mode at a terminal.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Teaching mode: show each command (and its comment lines as narration), wait for Enter, run it.",
        discussion: "At each command: Enter runs it, s skips it, q ends the demo. Works at a terminal only.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The script to present.", valueName: "FILE"), completion: .file(extensions: ["pks"]))
    var file: String

    func run() throws {
        try ScriptFile.requireReadable(file)
        guard StandardStreams.isTerminal(0), StandardStreams.isTerminal(1) else { throw StartupError.demoNeedsTerminal(file: file) }
        let launcher = try SessionLauncher(global: global, interactive: true)
        try launcher.finish { interpreter in
            guard var reader = try? LineReader(path: file) else { return }
            defer { reader.closeFile() }
            interpreter.demo(&reader, named: file) { prompt in
                switch TerminalPrompts.readLine(prompt: prompt)?.lowercased() {
                case "s": .skip
                case "q", nil: .quit
                default: .run
                }
            }
        }
    }
}
