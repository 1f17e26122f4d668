import ArgumentParser
import PKShell

/// Options for scripts (`run`, `-c`, piped stdin), accepted before or after `run`.
struct ScriptOptionGroup: ParsableArguments {
    @Flag(name: CommandLineOption.keepGoing.name, help: "Report failed commands and go on; a summary at the end counts what ran, failed and warned.")
    var keepGoing = false

    @Flag(name: CommandLineOption.singleTransaction.name, help: "All or nothing: if any command fails, nothing the script did is kept.")
    var singleTransaction = false

    @Flag(name: CommandLineOption.echo.name, help: "Print each command with the prompt before its output.")
    var echo = false

    @Flag(name: CommandLineOption.dryRun.name, help: "Run and report everything, then keep nothing.")
    var dryRun = false

    @Option(name: CommandLineOption.variable.name, help: ArgumentHelp("Define a script variable $NAME (repeatable).", valueName: "NAME=VALUE"))
    var variables: [String] = []

    /// The options, checked: a `--var` that is not `NAME=VALUE` stops pks before anything runs.
    func options() throws(StartupError) -> ScriptOptions {
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
    /// The options of a command line parsed by hand. (Not an initializer: there, assigning a wrapped property
    /// would make a new, unparsed definition rather than set its value.)
    static func parsed(_ line: QuickCommandLine) -> ScriptOptionGroup {
        var options = ScriptOptionGroup()
        options.keepGoing = line.flag(.keepGoing)
        options.singleTransaction = line.flag(.singleTransaction)
        options.echo = line.flag(.echo)
        options.dryRun = line.flag(.dryRun)
        options.variables = line.values(of: .variable)
        return options
    }
}
