import ArgumentParser
import PKShell
import PKTerminal

/// Builds the interpreter for one run of pks, logs in as `--user`, and ends the process with its exit status.
struct SessionLauncher {
    let interpreter: Interpreter
    private let loginFailed: Bool

    init(global: GlobalOptions, interactive: Bool, startSession: Bool = true) throws {
        interpreter = Interpreter(configuration: try global.configuration(), console: TerminalConsole(isInteractive: interactive))
        if startSession, let login = global.initialLogin {
            loginFailed = !interpreter.logInBeforeFirstCommand(login)
        } else {
            loginFailed = false
        }
    }

    /// Runs the body (unless the first login failed) and exits with the interpreter's status.
    func finish(_ body: (Interpreter) -> Void) throws -> Never {
        if !loginFailed { body(interpreter) }
        StandardStreams.flush()
        throw ExitCode(interpreter.exitStatus.rawValue)
    }
}
