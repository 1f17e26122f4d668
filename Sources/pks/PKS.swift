import ArgumentParser
import Foundation
import PKCore
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

            Global options: --db PATH|URI, --user LOGIN, --lang lv|en, --quiet, --no-color, --no-pager.
            Script options (run, -c, piped stdin): --keep-going, --single-transaction, --echo, --dry-run, \
            --var NAME=VALUE.
            Exit status: 0 all commands succeeded, 1 a command failed, 2 usage error, 3 authentication failed.
            """,
        version: "0.1.0",
        subcommands: [ShellCommand.self, RunCommand.self, DemoCommand.self, InitCommand.self, MigrateCommand.self],
        defaultSubcommand: ShellCommand.self)

    /// Parses the command line; usage errors exit 2, everything else exits with the interpreter's status.
    static func main() {
        // No core file: one written after a crash held a password typed at the prompt.
        var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(Int32(RLIMIT_CORE.rawValue), &noCore)
        #if os(Linux)
        MallocTuning.apply()
        #endif
        // `pks --version` alone needs no parsing: ArgumentParser's reflection was 10 of its 16 million
        // instructions (callgrind), and trainers' scripts ask for it often.
        if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
            return StandardStreams.write(configuration.version + "\n")
        }
        let arguments = CommandLineOrder.normalize(Array(CommandLine.arguments.dropFirst()))
        if CommandLineOrder.asksForHelp(arguments) {  // not the hidden default subcommand's help
            return StandardStreams.write(helpMessage() + "\n")
        }
        do {
            if let quick = QuickCommandLine.command(arguments) {
                try quick()
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
        } catch let exit as ExitCode {
            // Not `Self.exit(withError:)`, which builds a usage text (by reflection) that an exit code never prints.
            StandardStreams.flush()
            Foundation.exit(exit.rawValue)
        } catch {
            if exitCode(for: error) == .success { Self.exit(withError: error) }
            let language = messageLanguage(arguments)
            let text = (error as? any Localized)?.message.text(in: language) ?? UsageErrorText.text(message(for: error), in: language)
            let diagnostic = Diagnostic(.error, text, at: nil).rendered(in: language, colored: false)
            StandardStreams.writeError(diagnostic + "\n" + Message(.startupUsage).text(in: language) + "\n")
            StandardStreams.flush()
            Self.exit(withError: ExitCode(ExitStatus.usage.rawValue))
        }
    }

    /// The language for a message about the command line: as chosen, or the locale's when the choice is unknown.
    private static func messageLanguage(_ arguments: [String]) -> Language {
        do {
            return try Language.chosen(option: CommandLineOrder.languageOption(in: arguments),
                                       environment: ProcessEnvironment.variables)
        } catch {
            return error.fallback
        }
    }
}
