import ArgumentParser
import PKShell

/// Options for scripts (`run`, `-c`, piped stdin), accepted before or after `run`.
struct ScriptOptionGroup: ParsableArguments {
    @Flag(help: "Report failed commands and go on; a summary at the end counts what ran, failed and warned.")
    var keepGoing = false

    @Flag(help: "All or nothing: if any command fails, nothing the script did is kept.")
    var singleTransaction = false

    @Flag(help: "Print each command with the prompt before its output.")
    var echo = false

    @Flag(help: "Run and report everything, then keep nothing.")
    var dryRun = false

    @Option(name: .customLong("var"), help: ArgumentHelp("Define a script variable $NAME (repeatable).", valueName: "NAME=VALUE"))
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
