import PKCore
import PKStore

/// Institutions and users; the store refuses non-administrators.
extension CommandSpec {
    static let institution = CommandSpec(family: "institution", group: .administration, summary: "institutions",
                                         subcommands: [institutionAdd, institutionList])

    static let institutionAdd = CommandSpec(
        "add", group: .administration, parameters: [Parameter("CODE", .text), Parameter("NAME", .text)],
        summary: "add an institution", changesCatalogue: true
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
                                  subcommands: [userAdd, userRenew, userClose, userList])

    static let userAdd = CommandSpec(
        "add", group: .administration, parameters: [Parameter("LOGIN", .text)],
        options: [
            .value("--name", "\"FULL NAME\"", .text, required: true, "the person's full name"),
            .value("--institution", "CODE", .institution, required: true, "the institution the rights are for"),
            .value("--until", "YYYY-MM-DD", .date, required: true, "the last day the rights are valid"),
            .flag("--admin", "make the user an administrator"),
        ],
        summary: "grant rights to a new user",
        details: "The first password is read twice without echo at a terminal; otherwise from $PKS_NEW_PASSWORD.",
        changesCatalogue: true
    ) { shell, arguments in
        let principal = try shell.session.requirePrincipal()
        guard principal.user.isAdministrator else { throw StoreError.administratorsOnly }
        let until = try arguments.date("--until")
        let login = arguments.required("LOGIN")
        let user = try shell.store.addUser(
            by: principal, login: login, fullName: arguments.option("--name")!,
            institutionCode: arguments.option("--institution")!, role: arguments.flag("--admin") ? .administrator : .institutionUser,
            validUntil: until, password: try shell.newPassword(for: login))
        shell.inform("granted \(user.role.title) rights to \(user.login) (\(user.fullName)), \(user.institution.code), until \(until)")
    }

    static let userRenew = CommandSpec(
        "renew", group: .administration, parameters: [Parameter("LOGIN", .userLogin)],
        options: [.value("--until", "YYYY-MM-DD", .date, required: true, "the new last day of the rights")],
        summary: "renew expiring (or reopen closed) rights", changesCatalogue: true
    ) { shell, arguments in
        let until = try arguments.date("--until")
        let user = try shell.store.renewRights(by: shell.session.requirePrincipal(), login: arguments.required("LOGIN"), until: until)
        shell.inform("the rights of \(user.login) are valid until \(until)")
    }

    static let userClose = CommandSpec(
        "close", group: .administration, parameters: [Parameter("LOGIN", .userLogin)],
        summary: "close rights; the user can no longer log in or work", changesCatalogue: true
    ) { shell, arguments in
        let user = try shell.store.closeRights(by: shell.session.requirePrincipal(), login: arguments.required("LOGIN"))
        shell.inform("closed the rights of \(user.login) (\(user.fullName))")
    }

    static let passwordCost = CommandSpec(
        "password-cost", group: .administration, parameters: [Parameter("N", .count, .optional)],
        summary: "show or set the yescrypt cost of new password hashes",
        details: "7 (the default) takes about 0.1 s a hash. Older hashes are upgraded when their owner next logs in."
    ) { shell, arguments in
        let principal = try shell.session.requirePrincipal()
        guard let text = arguments["N"] else { return shell.print("password cost \(try shell.store.currentPasswordCost(by: principal))") }
        try shell.store.setPasswordCost(by: principal, to: try Count.parse(text))
        shell.inform("new password hashes use cost \(text); older ones are upgraded at their owner's next login")
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
