import ArgumentParser
import PKShell

/// Options for scripts (`run`, `-c`, piped stdin), accepted before or after `run`.
struct ScriptOptionGroup: ParsableArguments {
    @Flag(name: CommandLineOption.keepGoing.name, help: "Report failed commands and go on; a summary at the end counts what ran, failed and warned.")
    var keepGoing = false

    @Flag(name: CommandLineOption.singleTransaction.name, help: "All or nothing: if any command fails, nothing the script did is kept, exported files included.")
    var singleTransaction = false

    @Flag(name: CommandLineOption.echo.name, help: "Print each command with the prompt before its output.")
    var echo = false

    @Flag(name: CommandLineOption.dryRun.name, help: "Run and report everything, then keep nothing (exports are written, then removed).")
    var dryRun = false

    @Option(name: CommandLineOption.variable.name, help: ArgumentHelp("Define a script variable $NAME (repeatable).", valueName: "NAME=VALUE"))
    var variables: [String] = []

    /// The options, checked.
    func options() throws(StartupError) -> ScriptOptions {
        try Self.options(keepGoing: keepGoing, singleTransaction: singleTransaction, echo: echo, dryRun: dryRun,
                         variables: variables)
    }

    /// Script options from their values: a `--var` that is not `NAME=VALUE` stops pks before anything runs.
    private static func options(keepGoing: Bool, singleTransaction: Bool, echo: Bool, dryRun: Bool,
                                variables: [String]) throws(StartupError) -> ScriptOptions {
        var options = ScriptOptions()
        options.keepGoing = keepGoing
        options.singleTransaction = singleTransaction
        options.echo = echo
        options.dryRun = dryRun
        for assignment in variables {
            guard let (name, value) = ScriptVariables.parseAssignment(assignment) else {
                throw .invalidVariableAssignment(assignment)
            }
            options.variables[name] = value
        }
        return options
    }
}

extension ScriptOptionGroup {
    /// The script options of a command line parsed by hand, checked.
    static func parsed(_ line: QuickCommandLine) throws(StartupError) -> ScriptOptions {
        try options(keepGoing: line.flag(.keepGoing), singleTransaction: line.flag(.singleTransaction), echo: line.flag(.echo),
                    dryRun: line.flag(.dryRun), variables: line.values(of: .variable))
    }
}
