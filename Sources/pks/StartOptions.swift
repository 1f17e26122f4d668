import Foundation
import PKCore
import PKShell
import PKStore
import PKStorePostgres
import PKStoreSQLite
import PKTerminal

/// The global options (SPEC section 1) as plain values, from argument-parser (`GlobalOptions`) or from the
/// common command lines parsed by hand (`QuickCommandLine`), which thus make none of argument-parser's
/// property wrappers: their names and sets cost a tenth of `pks -c help` (callgrind).
struct StartOptions {
    var database: String?
    var login: String?
    var noColor = false
    var quiet = false
    var noPager = false
    var language: String?

    /// The database after `--db`, `$PKS_DB` and the XDG default.
    func database(_ environment: [String: String]) -> String {
        if let database { return database }
        if let path = environment["PKS_DB"], !path.isEmpty { return path }
        let data = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return data + "/pks/pks.sqlite"
    }

    /// The interpreter's configuration; `$PKS_NOW` / `$PKS_TODAY` fix the clock for tests and demos (empty, as
    /// if unset). Both given: the day is `$PKS_TODAY`'s (as SPEC has it), the time of day `$PKS_NOW`'s.
    func configuration(_ environment: [String: String]) throws -> Interpreter.Configuration {
        var clock = Clock.system
        let today = try environment["PKS_TODAY"].flatMap { $0.isEmpty ? nil : $0 }.map { text in
            guard let date = CalendarDate(iso: text) else { throw StartupError.invalidToday(text) }
            return date
        }
        if let now = environment["PKS_NOW"], !now.isEmpty {
            guard let moment = Timestamp(iso: now) else { throw StartupError.invalidNow(now) }
            clock = .fixed(today.flatMap { Timestamp(date: $0, hour: moment.hour, minute: moment.minute, second: moment.second) } ?? moment)
        } else if let today {
            clock = .day(today)
        }
        let colored = colorsAllowed(on: 2, environment)
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
        let fixedClock = ["PKS_NOW", "PKS_TODAY"].contains { configuration.environment[$0]?.isEmpty == false }
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
    func colorsAllowed(on descriptor: Int32, _ environment: [String: String]) -> Bool {
        !noColor && (environment["NO_COLOR"] ?? "").isEmpty && StandardStreams.isTerminal(descriptor)
    }

    /// The pager for long listings at a terminal; nil with `--no-pager` or an empty `$PKS_PAGER`/`$PAGER`.
    func pagerCommand(_ environment: [String: String]) -> String? {
        noPager ? nil : Pager.command(environment: environment)
    }

    /// `--user`, else `$PKS_USER`, else the login of a PostgreSQL URI.
    func initialLogin(_ environment: [String: String]) -> String? {
        login ?? environment["PKS_USER"].flatMap { $0.isEmpty ? nil : $0 } ?? uriLogin(environment)
    }
}

extension StartOptions {
    /// The options of a command line parsed by hand.
    static func parsed(_ line: QuickCommandLine) -> StartOptions {
        StartOptions(database: line.value(of: .database), login: line.value(of: .login), noColor: line.flag(.noColor),
                     quiet: line.flag(.quiet), noPager: line.flag(.noPager), language: line.value(of: .language))
    }
}
