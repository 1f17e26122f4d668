import ArgumentParser
import PKShell
import PKTerminal

/// Piped stdin, with what the commands so far wrote flushed before each next line is read: a program that
/// drives pks through a pipe sees each answer before it sends the next command.
struct FlushingLineSource<Source: LineSource>: LineSource {
    private var source: Source

    init(_ source: Source) { self.source = source }

    var lineNumber: Int { source.lineNumber }

    mutating func next() throws(ShellError) -> String? {
        StandardStreams.flush()
        return try source.next()
    }
}

/// The default: commands from `-c`, else the interactive shell at a terminal, else stdin as a script.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell", abstract: "The interactive shell (the default).", shouldDisplay: false)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var script: ScriptOptionGroup

    @Option(name: CommandLineOption.command.name, help: ArgumentHelp("Run this command, then exit (repeatable).", valueName: "CMD"))
    var commands: [String] = []

    func run() throws {
        try Self.run(global: global.values, script: script.options(), commands: commands)
    }

    /// The shell, `-c` or stdin, with the options from either parser.
    static func run(global: StartOptions, script: ScriptOptions, commands: [String]) throws {
        let interactive = StandardStreams.isTerminal(0)
        var options = script
        options.source = commands.isEmpty ? "pks reading a script on stdin" : "pks -c"
        let launcher = try SessionLauncher(global: global, script: options, interactive: interactive)
        if !commands.isEmpty {
            try launcher.finishScript { interpreter in
                var lines = CommandLines(commands)
                _ = interpreter.run(&lines, named: nil)
            }
        }
        if let editor = Repl.editor(for: launcher) {
            try launcher.finish { interpreter in
                Repl(interpreter: interpreter, editor: editor, quiet: global.quiet, colored: global.colorsAllowed(on: 1, launcher.environment)).run()
            }
        }
        try launcher.finishScript { interpreter in
            var reader = FlushingLineSource(LineReader(descriptor: 0))
            _ = interpreter.run(&reader, named: "<stdin>")
        }
    }
}
