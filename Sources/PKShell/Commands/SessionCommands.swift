import PKCore
import PKStore

/// login, logout, whoami, year, source, quit.
extension CommandSpec {
    static let login = CommandSpec(
        "login", group: .session, parameters: [Parameter(.metaLogin, .login)],
        summary: .loginSummary, details: .loginDetails, needsLogin: false, changesCatalogue: true
    ) { shell, arguments in try shell.logIn(arguments.required("LOGIN")) }

    static let logout = CommandSpec("logout", group: .session, summary: .logoutSummary, changesCatalogue: true) { shell, _ in
        try shell.settleUnsavedChanges(before: .actionLogOut)
        let login = try shell.session.requirePrincipal().user.login
        shell.session.closeRecord()
        shell.session.principal = nil
        shell.inform(.loggedOut, ["login": login])
    }

    static let whoami = CommandSpec("whoami", group: .session, summary: .whoamiSummary) { shell, _ in
        let user = try shell.session.requirePrincipal().user
        shell.print(shell.fields([
            (.fieldLogin, user.login), (.fieldName, user.fullName),
            (.fieldInstitution, "\(user.institution.code) \(user.institution.name)"),
            (.fieldRole, shell.text(user.role.titleKey)),
            (.fieldValidUntil, user.validUntil.map(shell.text) ?? shell.text(.noEndDate)),
        ]))
    }

    static let passwd = CommandSpec("passwd", group: .session, summary: .passwdSummary, details: .passwdDetails) { shell, _ in
        let principal = try shell.session.requirePrincipal()
        let old = try shell.password(prompt: shell.text(.promptCurrentPassword))
        let new = try shell.newPassword(for: principal.user.login)
        try shell.store.changePassword(by: principal, old: old, new: new)
        shell.inform(.passwordChanged)
    }

    static let year = CommandSpec(
        "year", group: .session, parameters: [Parameter(.metaYear, .year, .optional)],
        summary: .yearSummary, details: .yearDetails, needsLogin: false
    ) { shell, arguments in
        guard let text = arguments["YYYY"] else { return shell.print(shell.yearSummary()) }
        try shell.setYear(text)
        shell.inform(shell.yearSummary())
    }

    static let source = CommandSpec(
        "source", group: .session, parameters: [Parameter(.metaFile, .file)],
        summary: .sourceSummary, details: .sourceDetails, needsLogin: false
    ) { shell, arguments in
        if !shell.runFile(arguments.required("FILE")) { throw ScriptFailed() }
    }

    private static let letParameters = [Parameter(.metaName, .text), Parameter(.metaEquals, .text), Parameter(.metaValue, .text)]

    static let letVariable = CommandSpec(
        "let", group: .session, parameters: letParameters,
        summary: .letSummary, details: .letDetails, needsLogin: false
    ) { shell, arguments in
        let name = arguments.required("NAME")
        guard arguments.required("=") == "=" else {
            throw UsageError.wrongArgumentCount(given: 3, usage: CommandUsage(name: "let", parameters: letParameters, options: []))
        }
        guard ScriptVariables.isValidName(name) else { throw ShellError.invalidVariableName(name) }
        shell.variables[name] = arguments.required("VALUE")
    }

    static let quit = CommandSpec("quit", aliases: ["exit", "beigt"], group: .session, summary: .quitSummary,
                                  needsLogin: false) { shell, _ in
        if shell.console.isInteractive { try shell.settleUnsavedChanges(before: .actionQuit) }
        shell.wantsToQuit = true
    }
}

/// A sourced script failed; its own error was already reported.
struct ScriptFailed: Error, Localized {
    var message: Message { Message(.sourcedScriptFailed) }
}

extension Role {
    /// `administrator`, `institution user`.
    var titleKey: TextKey { self == .administrator ? .roleAdministrator : .roleInstitutionUser }
}

extension Interpreter {
    func logIn(_ login: String) throws {
        try settleUnsavedChanges(before: .actionLogIn, login: login)
        guard try store.isInitialized() else { throw StoreError.notInitialized(path: configuration.databasePath) }
        let secret = try password(prompt: text(.promptPassword, ["login": login]))
        session.principal = nil
        session.closeRecord()
        let principal = try store.authenticate(login: login, password: secret)
        session.principal = principal
        let user = principal.user
        inform(.loggedIn, ["login": user.login, "name": user.fullName, "institution": user.institution.code,
                           "institutionName": user.institution.name, "year": session.year])
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

    /// `reporting year 2019; deadline 2020-04-01 (30 days left)`.
    func yearSummary() -> String {
        text(.reportingYearLine, ["year": session.year, "deadline": deadlinePhrase()])
    }

    /// `deadline 2020-04-01 (30 days left)`, or one of the other ways the deadline stands.
    func deadlinePhrase() -> Message {
        let year = session.year
        let days = ReportingCalendar.daysLeft(for: year, today: configuration.clock.today())
        let deadline = ReportingCalendar.deadline(of: year)
        return switch days {
        case 0: Message(.deadlineToday, ["deadline": deadline])
        case 1...: Message(.deadlineDaysLeft, ["deadline": deadline, "n": days])
        default: Message(.deadlinePassed, ["deadline": deadline, "n": -days])
        }
    }
}
