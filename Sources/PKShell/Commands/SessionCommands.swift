import PKCore
import PKStore

/// login, logout, whoami, passwd, year, source, let, quit.
extension CommandSpec {
    static let login = CommandSpec.anyone(
        "login", group: .session, parameters: [.login], summary: .loginSummary, details: .loginDetails,
        changesCatalogue: true
    ) { command in try command.shell.logIn(command.arguments.required(.login)) }

    static let logout = CommandSpec("logout", group: .session, summary: .logoutSummary, changesCatalogue: true) { command in
        guard try command.shell.settleUnsavedChanges(before: .actionLogOut) else { return }
        command.session.closeRecord()
        command.store.logOut(command.principal)
        command.session.principal = nil
        command.shell.inform(.loggedOut, ["login": command.principal.user.login])
    }

    static let whoami = CommandSpec("whoami", group: .session, summary: .whoamiSummary) { command in
        let shell = command.shell, user = command.principal.user
        shell.output(shell.fields([
            (.fieldLogin, user.login), (.fieldName, user.fullName),
            (.fieldInstitution, "\(user.institution.code) \(user.institution.name)"),
            (.fieldRole, shell.text(user.role.titleKey)),
            (.fieldValidUntil, user.validUntil.map(shell.text) ?? shell.text(.noEndDate)),
        ]))
    }

    static let passwd = CommandSpec("passwd", group: .session, summary: .passwdSummary, details: .passwdDetails) { command in
        let shell = command.shell
        let old = try shell.password(prompt: shell.text(.promptCurrentPassword))
        let new = try shell.newPassword(for: command.principal.user.login)
        try command.store.changePassword(by: command.principal, old: old, new: new)
        shell.inform(.passwordChanged)
    }

    static let year = CommandSpec.anyone(
        "year", group: .session, parameters: [.someYear], summary: .yearSummary, details: .yearDetails
    ) { command in
        let shell = command.shell
        guard let text = command.arguments[.someYear] else { return shell.output(shell.yearSummary()) }
        try shell.setYear(text)
        shell.inform(shell.yearSummary())
    }

    static let source = CommandSpec.anyone(
        "source", group: .session, parameters: [.file], summary: .sourceSummary, details: .sourceDetails
    ) { command in
        if !command.shell.runFile(command.arguments.required(.file)) { throw ScriptFailed() }
    }

    private static let letParameters: [Parameter] = [.name, .equals, .value]

    static let letVariable = CommandSpec.anyone(
        "let", group: .session, parameters: letParameters, summary: .letSummary, details: .letDetails
    ) { command in
        let name = command.arguments.required(.name)
        guard command.arguments.required(.equals) == "=" else {
            throw UsageError.wrongArgumentCount(given: 3, usage: CommandUsage(name: "let", parameters: letParameters, options: []))
        }
        guard ScriptVariables.isValidName(name) else { throw ShellError.invalidVariableName(name) }
        command.shell.variables[name] = command.arguments.required(.value)
    }

    static let quit = CommandSpec.anyone("quit", aliases: ["exit", "beigt"], group: .session, summary: .quitSummary) { command in
        let shell = command.shell
        if shell.console.isInteractive { guard try shell.settleUnsavedChanges(before: .actionQuit) else { return } }
        shell.wantsToQuit = true
    }
}

/// A sourced script failed; its own error was already reported.
struct ScriptFailed: Error, Localized {
    var message: Message { Message(.sourcedScriptFailed) }
}

extension Role {
    /// `administrator`, `institution user`.
    var titleKey: ShellText { self == .administrator ? .roleAdministrator : .roleInstitutionUser }
}
