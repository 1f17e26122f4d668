import ArgumentParser
import PKShell
import PKTerminal

/// `pks`: the interactive shell, scripts, `-c`, and `init`.
@main
struct PKS: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pks",
        abstract: "Enter, check and submit the yearly service statistics of the Latvian service catalogue.",
        discussion: """
            Without a subcommand: an interactive shell when stdin is a terminal, else stdin read as a script; \
            with -c 'CMD' (repeatable): those commands.

            Global options: --db PATH, --user LOGIN, --quiet, --no-color.
            Script options (run, -c, piped stdin): --keep-going, --single-transaction, --echo, --dry-run, \
            --var NAME=VALUE.
            Exit status: 0 all commands succeeded, 1 a command failed, 2 usage error, 3 authentication failed.
            """,
        version: "0.1.0",
        subcommands: [ShellCommand.self, RunCommand.self, DemoCommand.self, InitCommand.self],
        defaultSubcommand: ShellCommand.self)

    /// Parses the command line; usage errors exit 2, everything else exits with the interpreter's status.
    static func main() {
        do {
            var command = try parseAsRoot(CommandLineOrder.normalize(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch let exit as ExitCode {
            StandardStreams.flush()
            Self.exit(withError: exit)
        } catch {
            if exitCode(for: error) == .success { Self.exit(withError: error) }
            StandardStreams.writeError("error: \(message(for: error))\nusage: pks [OPTIONS] [-c CMD ...] | pks run FILE... | "
                                       + "pks demo FILE | pks init --admin LOGIN --name NAME (see pks --help)\n")
            StandardStreams.flush()
            Self.exit(withError: ExitCode(ExitStatus.usage.rawValue))
        }
    }
}
