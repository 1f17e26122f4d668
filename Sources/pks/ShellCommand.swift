import ArgumentParser
import PKShell
import PKTerminal

/// The default: commands from `-c`, else the interactive shell at a terminal, else stdin as a script.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell", abstract: "The interactive shell (the default).", shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customShort("c"), help: ArgumentHelp("Run this command, then exit (repeatable).", valueName: "CMD"))
    var commands: [String] = []

    func run() throws {
        let interactive = StandardStreams.isTerminal(0)
        let launcher = try SessionLauncher(global: global, interactive: interactive)
        if !commands.isEmpty {
            try launcher.finish { interpreter in
                for command in commands where !interpreter.wantsToQuit {
                    guard interpreter.execute(command) else { return }
                }
                _ = interpreter.finishScript()
            }
        }
        if let editor = LineEditor(programName: "pks") {
            try launcher.finish { interpreter in Repl(interpreter: interpreter, editor: editor, quiet: global.quiet).run() }
        }
        try launcher.finish { interpreter in
            var reader = LineReader(descriptor: 0)
            if interpreter.run(&reader, named: "<stdin>") { _ = interpreter.finishScript() }
        }
    }
}
