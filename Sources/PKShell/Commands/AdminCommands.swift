import PKCore
import PKStore

/// Institutions and users; the store refuses non-administrators.
extension CommandSpec {
    static let institution = CommandSpec(family: "institution", group: .administration, summary: "institutions",
                                         subcommands: [institutionAdd, institutionList])

    static let institutionAdd = CommandSpec(
        "add", group: .administration, parameters: [Parameter("CODE", .text), Parameter("NAME", .text)],
        summary: "add an institution"
    ) { shell, arguments in
        let institution = try shell.store.addInstitution(by: shell.session.requirePrincipal(),
                                                         code: arguments.required("CODE"), name: arguments.required("NAME"))
        shell.inform("added institution \(institution.code) \(institution.name)")
    }

    static let institutionList = CommandSpec("list", group: .administration, summary: "list the institutions") { shell, _ in
        let institutions = try shell.store.institutions(by: shell.session.requirePrincipal())
        shell.print(TextTable.render(header: ["code", "institution"], rows: institutions.map { [$0.code, $0.name] }))
    }

    static let user = CommandSpec(family: "user", group: .administration, summary: "users and their rights",
                                  subcommands: [userAdd, userList])

    static let userAdd = CommandSpec(
        "add", group: .administration, parameters: [Parameter("LOGIN", .text)],
        options: [
            .value("--name", "\"FULL NAME\"", .text, required: true, "the person's full name"),
            .value("--institution", "CODE", .institution, required: true, "the institution the rights are for"),
            .value("--until", "YYYY-MM-DD", .date, required: true, "the last day the rights are valid"),
            .flag("--admin", "make the user an administrator"),
        ],
        summary: "grant rights to a new user",
        details: "The first password is read twice without echo at a terminal; otherwise from $PKS_NEW_PASSWORD."
    ) { shell, arguments in
        let principal = try shell.session.requirePrincipal()
        guard principal.user.isAdministrator else { throw StoreError.administratorsOnly }
        let text = arguments.option("--until")!
        guard let until = CalendarDate(iso: text) else { throw ShellError.invalidDate(text) }
        let login = arguments.required("LOGIN")
        let user = try shell.store.addUser(
            by: principal, login: login, fullName: arguments.option("--name")!,
            institutionCode: arguments.option("--institution")!, role: arguments.flag("--admin") ? .administrator : .institutionUser,
            validUntil: until, password: try shell.newPassword(for: login))
        shell.inform("granted \(user.role.title) rights to \(user.login) (\(user.fullName)), \(user.institution.code), until \(until)")
    }

    static let userList = CommandSpec("list", group: .administration, summary: "users, institutions, roles, rights") { shell, _ in
        let users = try shell.store.users(by: shell.session.requirePrincipal())
        let today = shell.configuration.clock.today()
        shell.print(TextTable.render(
            header: ["login", "name", "institution", "role", "valid until", "rights"],
            rows: users.map { user in
                [user.login, user.fullName, user.institution.code, user.role.title, user.validUntil?.description ?? "no end date",
                 user.isClosed ? "closed" : user.hasValidRights(on: today) ? "open" : "expired"]
            }))
    }
}
