import ArgumentParser
import Foundation
import PKCore
import PKShell
import PKStore
import PKStoreSQLite
import PKTerminal

/// Options every way of starting pks accepts (SPEC section 1).
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The database file; else $PKS_DB; else $XDG_DATA_HOME/pks/pks.sqlite.", valueName: "PATH"))
    var database: String?

    @Option(name: .customLong("user"), help: ArgumentHelp("Log in before the first command; else $PKS_USER.", valueName: "LOGIN"))
    var login: String?

    @Flag(name: .customLong("no-color"), help: "No ANSI colours (also when NO_COLOR is set or output is not a terminal).")
    var noColor = false

    @Flag(help: "No banner and no informational chatter: results and errors only.")
    var quiet = false

    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "Language of messages: lv (latviešu) or en (English); else $PKS_LANG; else Latvian when LANG starts with lv.",
        valueName: "lv|en"), completion: .list(Language.allCases.map(\.rawValue)))
    var language: String?

    /// The database after `--db`, `$PKS_DB` and the XDG default.
    func database(_ environment: [String: String]) -> String {
        if let database { return database }
        if let path = environment["PKS_DB"], !path.isEmpty { return path }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return data + "/pks/pks.sqlite"
    }

    /// The interpreter's configuration; `$PKS_NOW` / `$PKS_TODAY` fix the clock for tests and demos.
    func configuration() throws -> Interpreter.Configuration {
        let environment = ProcessInfo.processInfo.environment
        var clock = Clock.system
        if let now = environment["PKS_NOW"] {
            guard let moment = Timestamp(iso: now) else { throw StartupError.invalidNow(now) }
            clock = .fixed(moment)
        } else if let today = environment["PKS_TODAY"] {
            guard let date = CalendarDate(iso: today) else { throw StartupError.invalidToday(today) }
            clock = .day(date)
        }
        let colored = colorsAllowed(on: 2)
        return Interpreter.Configuration(environment: environment, clock: clock, quiet: quiet,
                                         language: try Language.chosen(option: language, environment: environment),
                                         colored: colored)
    }

    /// The store the interpreter is handed: the database `--db` names, opened when first needed.
    func store(clock: Clock) -> Store {
        let environment = ProcessInfo.processInfo.environment
        return Store(backend: SQLiteBackend.file(database(environment), clock: clock), clock: clock)
    }

    /// Colours on a descriptor: a terminal, no `--no-color`, no `NO_COLOR`.
    func colorsAllowed(on descriptor: Int32) -> Bool {
        !noColor && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty && StandardStreams.isTerminal(descriptor)
    }

    /// `--user`, else `$PKS_USER`.
    var initialLogin: String? {
        login ?? ProcessInfo.processInfo.environment["PKS_USER"].flatMap { $0.isEmpty ? nil : $0 }
    }
}
