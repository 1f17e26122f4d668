import PKCore
import PKStore

/// login, logout, whoami, year, source, quit.
extension CommandSpec {
    static let login = CommandSpec(
        "login", group: .session, parameters: [Parameter("LOGIN", .login)],
        summary: "log in; the prompt then shows your institution and the year",
        details: "The password is read without echo at a terminal; otherwise it comes from $PKS_PASSWORD.",
        needsLogin: false, changesCatalogue: true
    ) { shell, arguments in try shell.logIn(arguments.required("LOGIN")) }

    static let logout = CommandSpec("logout", group: .session, summary: "end the session", changesCatalogue: true) { shell, _ in
        try shell.settleUnsavedChanges(before: "log out")
        let login = try shell.session.requirePrincipal().user.login
        shell.session.closeRecord()
        shell.session.principal = nil
        shell.inform("logged out \(login)")
    }

    static let whoami = CommandSpec("whoami", group: .session,
                                    summary: "your login, name, institution, role and how long your rights are valid") { shell, _ in
        let user = try shell.session.requirePrincipal().user
        shell.print(TextTable.fields([
            ("login", user.login), ("name", user.fullName),
            ("institution", "\(user.institution.code) \(user.institution.name)"),
            ("role", user.role.title), ("rights valid until", user.validUntil?.description ?? "no end date"),
        ]))
    }

    static let passwd = CommandSpec(
        "passwd", group: .session, summary: "change your own password",
        details: "At a terminal: the current password, then the new one twice, without echo. Otherwise $PKS_PASSWORD and $PKS_NEW_PASSWORD."
    ) { shell, _ in
        let principal = try shell.session.requirePrincipal()
        let old = try shell.password(prompt: "Current password: ")
        let new = try shell.newPassword(for: principal.user.login)
        try shell.store.changePassword(by: principal, old: old, new: new)
        shell.inform("password changed")
    }

    static let year = CommandSpec(
        "year", group: .session, parameters: [Parameter("YYYY", .year, .optional)],
        summary: "show or set the reporting year (default: the previous calendar year)",
        details: "Figures for year Y are due by 1 April of Y+1.", needsLogin: false
    ) { shell, arguments in
        guard let text = arguments["YYYY"] else { return shell.print(shell.yearSummary()) }
        try shell.setYear(text)
        shell.inform(shell.yearSummary())
    }

    static let source = CommandSpec(
        "source", group: .session, parameters: [Parameter("FILE", .file)],
        summary: "run a script file inside this session",
        details: "A relative path is taken from the folder of the script that names it. The script stops at its first failed command.",
        needsLogin: false
    ) { shell, arguments in
        if !shell.runFile(arguments.required("FILE")) { throw ScriptFailed() }
    }

    static let letVariable = CommandSpec(
        "let", group: .session,
        parameters: [Parameter("NAME", .text), Parameter("=", .text), Parameter("VALUE", .text)],
        summary: "define a variable; later lines use $NAME or ${NAME} (e.g. let year = 2019)",
        details: "Names are letters, digits and _, not starting with a digit. A value with blanks goes in quotes. $NAME is replaced outside single quotes and always stays one word; \\$ is a literal $. pks --var NAME=VALUE defines one before the first line.",
        needsLogin: false
    ) { shell, arguments in
        let name = arguments.required("NAME")
        guard arguments.required("=") == "=" else {
            throw UsageError.wrongArgumentCount(given: 3, usage: "let NAME = VALUE")
        }
        guard ScriptVariables.isValidName(name) else { throw ShellError.invalidVariableName(name) }
        shell.variables[name] = arguments.required("VALUE")
    }

    static let quit = CommandSpec("quit", aliases: ["exit"], group: .session,
                                  summary: "leave pks (asks first at a terminal when there are unsaved changes)",
                                  needsLogin: false) { shell, _ in
        if shell.console.isInteractive { try shell.settleUnsavedChanges(before: "quit") }
        shell.wantsToQuit = true
    }
}

/// A sourced script failed; its own error was already reported.
struct ScriptFailed: Error, CustomStringConvertible {
    var description: String { "the sourced script stopped at the error above" }
}

extension Interpreter {
    func logIn(_ login: String) throws {
        try settleUnsavedChanges(before: "log in as \(login)")
        guard try store.isInitialized() else { throw StoreError.notInitialized(path: configuration.databasePath) }
        let secret = try password(prompt: "Password for \(login): ")
        session.principal = nil
        session.closeRecord()
        let principal = try store.authenticate(login: login, password: secret)
        session.principal = principal
        let user = principal.user
        inform("logged in as \(user.login) (\(user.fullName)), \(user.institution.code) \(user.institution.name); reporting year \(session.year)")
    }

    func setYear(_ text: String) throws {
        let accepted = ReportingCalendar.acceptedYears(today: configuration.clock.today())
        guard text.count == 4, let year = Int(text), accepted.contains(year) else {
            throw ShellError.invalidYear(text, accepted)
        }
        if let record = session.openRecord, record.year != year {
            try session.requireNoUnsavedChanges()
            session.closeRecord()
        }
        session.year = year
    }

    func yearSummary() -> String {
        let year = session.year
        let days = ReportingCalendar.daysLeft(for: year, today: configuration.clock.today())
        return "reporting year \(year); deadline \(ReportingCalendar.deadline(of: year)) (\(Self.daysPhrase(days)))"
    }

    /// `12 days left`, `due today`, `passed 3 days ago`.
    static func daysPhrase(_ days: Int) -> String {
        switch days {
        case 0: "due today"
        case 1: "1 day left"
        case 2...: "\(days) days left"
        case -1: "passed 1 day ago"
        default: "passed \(-days) days ago"
        }
    }
}
