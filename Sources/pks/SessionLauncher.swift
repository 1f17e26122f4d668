import ArgumentParser
import Foundation
import PKCore
import PKShell
import PKTerminal

/// Builds the interpreter for one run of pks, logs in as `--user`, and ends the process with its exit status.
struct SessionLauncher {
    let interpreter: Interpreter
    /// The process's environment, read once.
    let environment = ProcessEnvironment.variables
    private let loginFailed: Bool

    init(global: StartOptions, script: ScriptOptions = ScriptOptions(), interactive: Bool, startSession: Bool = true) throws {
        var configuration = try global.configuration(environment)
        configuration.script = script
        configuration.interrupted = { Interrupts.requested }
        interpreter = Interpreter(configuration: configuration, console: TerminalConsole(isInteractive: interactive, pagerCommand: global.pagerCommand(environment)),
                                  store: global.store(configuration))
        if startSession, let login = global.initialLogin(environment) {
            loginFailed = !interpreter.logInBeforeFirstCommand(login)
        } else {
            loginFailed = false
        }
    }

    /// Runs the body (unless the first login failed) and exits with the interpreter's status.
    func finish(_ body: (Interpreter) -> Void) throws -> Never {
        if !loginFailed { body(interpreter) }
        interpreter.endSession()
        StandardStreams.flush()
        throw ExitCode(interpreter.exitStatus.rawValue)
    }

    /// Runs a script body with the script options (one transaction if asked) and Ctrl-C stopping it cleanly.
    func finishScript(_ body: @escaping (Interpreter) -> Void) throws -> Never {
        Interrupts.watch()
        try finish { interpreter in interpreter.runScript { body(interpreter) } }
    }
}
