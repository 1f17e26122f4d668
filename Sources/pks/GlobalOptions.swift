import ArgumentParser
import Foundation
import PKCore
import PKShell
import PKStore
import PKStorePostgres
import PKStoreSQLite
import PKTerminal

/// Options every way of starting pks accepts (SPEC section 1).
struct GlobalOptions: ParsableArguments {
    @Option(name: CommandLineOption.database.name, help: ArgumentHelp(
        "The database: a SQLite file, or a PostgreSQL server as postgresql://[LOGIN@][HOST][:PORT]/DBNAME[?…]; else $PKS_DB; else $XDG_DATA_HOME/pks/pks.sqlite.",
        valueName: "PATH|URI"))
    var database: String?

    @Option(name: CommandLineOption.login.name, help: ArgumentHelp("Log in before the first command; else $PKS_USER.", valueName: "LOGIN"))
    var login: String?

    @Flag(name: CommandLineOption.noColor.name, help: "No ANSI colours (also when NO_COLOR is set or output is not a terminal).")
    var noColor = false

    @Flag(name: CommandLineOption.quiet.name, help: "No banner and no informational chatter: results and errors only.")
    var quiet = false

    @Flag(name: CommandLineOption.noPager.name, help: """
        Print long listings straight to the terminal; else, at a terminal, one longer than the screen goes through \
        $PKS_PAGER, else $PAGER, else less -FRX.
        """)
    var noPager = false

    @Option(name: CommandLineOption.language.name, help: ArgumentHelp(
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

    /// The store the interpreter is handed: the database `--db` names — a PostgreSQL URI or a SQLite
    /// file — connected or opened when first needed.
    func store(_ configuration: Interpreter.Configuration) -> Store {
        let environment = configuration.environment, clock = configuration.clock
        return Store(backend: backend(database(environment), configuration), clock: clock)
    }

    private func backend(_ location: String, _ configuration: Interpreter.Configuration) -> any StoreBackend {
        guard PostgresBackend.isURI(location) else { return SQLiteBackend.file(location, clock: configuration.clock) }
        let language = configuration.language
        let fixedClock = configuration.environment["PKS_NOW"] != nil || configuration.environment["PKS_TODAY"] != nil
        return PostgresBackend(uri: location, clock: configuration.clock, sendsClock: fixedClock) { login in
            guard StandardStreams.isTerminal(0) else { return nil }
            return TerminalPrompts.readSecret(prompt: language.text(.promptPassword, ["login": login]))
        }
    }

    /// The login of a PostgreSQL URI (`postgresql://ieva@host/db`), for when `--user` names none.
    func uriLogin(_ environment: [String: String]) -> String? {
        let location = database(environment)
        guard PostgresBackend.isURI(location) else { return nil }
        return PostgresBackend(uri: location, clock: .system, sendsClock: false) { _ in nil }.uriLogin
    }

    /// Colours on a descriptor: a terminal, no `--no-color`, no `NO_COLOR`.
    func colorsAllowed(on descriptor: Int32) -> Bool {
        !noColor && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty && StandardStreams.isTerminal(descriptor)
    }

    /// The pager for long listings at a terminal; nil with `--no-pager` or an empty `$PKS_PAGER`/`$PAGER`.
    var pagerCommand: String? {
        noPager ? nil : Pager.command(environment: ProcessInfo.processInfo.environment)
    }

    /// `--user`, else `$PKS_USER`, else the login of a PostgreSQL URI.
    var initialLogin: String? {
        let environment = ProcessInfo.processInfo.environment
        return login ?? environment["PKS_USER"].flatMap { $0.isEmpty ? nil : $0 } ?? uriLogin(environment)
    }
}

extension GlobalOptions {
    /// The options of a command line parsed by hand (see `ScriptOptionGroup.parsed`).
    static func parsed(_ line: QuickCommandLine) -> GlobalOptions {
        var options = GlobalOptions()
        options.database = line.value(of: .database)
        options.login = line.value(of: .login)
        options.language = line.value(of: .language)
        options.noColor = line.flag(.noColor)
        options.quiet = line.flag(.quiet)
        options.noPager = line.flag(.noPager)
        return options
    }
}
