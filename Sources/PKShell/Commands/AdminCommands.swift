import PKCore
import PKStore

/// Institutions and users; the store refuses non-administrators.
extension CommandSpec {
    static let institution = CommandSpec(family: "institution", group: .administration, summary: .institutionFamilySummary,
                                         subcommands: [institutionAdd, institutionList])

    static let institutionAdd = CommandSpec(
        "add", group: .administration, parameters: [Parameter(.metaCode, .text), Parameter(.metaName, .text)],
        summary: .institutionAddSummary, changesCatalogue: true
    ) { shell, arguments in
        let institution = try shell.store.addInstitution(by: shell.session.requirePrincipal(),
                                                         code: arguments.required("CODE"), name: arguments.required("NAME"))
        shell.inform(.institutionAdded, ["code": institution.code, "name": institution.name])
    }

    static let institutionList = CommandSpec("list", group: .administration, summary: .institutionListSummary) { shell, _ in
        let institutions = try shell.store.institutions(by: shell.session.requirePrincipal())
        shell.print(shell.table(header: [.columnCode, .columnInstitution], rows: institutions.map { [$0.code, $0.name] }))
    }

    static let user = CommandSpec(family: "user", group: .administration, summary: .userFamilySummary,
                                  subcommands: [userAdd, userRenew, userClose, userList])

    static let userAdd = CommandSpec(
        "add", group: .administration, parameters: [Parameter(.metaLogin, .text)],
        options: [
            .value("--name", .metaFullName, .text, required: true, .userNameOption),
            .value("--institution", .metaCode, .institution, required: true, .userInstitutionOption),
            .value("--until", .metaDate, .date, required: true, .userUntilOption),
            .flag("--admin", .userAdminOption),
        ],
        summary: .userAddSummary, details: .userAddDetails, changesCatalogue: true
    ) { shell, arguments in
        let principal = try shell.session.requirePrincipal()
        guard principal.user.isAdministrator else { throw StoreError.administratorsOnly }
        let until = try arguments.date("--until")
        let login = arguments.required("LOGIN")
        let user = try shell.store.addUser(
            by: principal, login: login, fullName: arguments.option("--name")!,
            institutionCode: arguments.option("--institution")!, role: arguments.flag("--admin") ? .administrator : .institutionUser,
            validUntil: until, password: try shell.newPassword(for: login))
        shell.inform(user.role == .administrator ? .administratorRightsGranted : .userRightsGranted,
                     ["login": user.login, "name": user.fullName, "institution": user.institution.code, "until": until])
    }

    static let userRenew = CommandSpec(
        "renew", group: .administration, parameters: [Parameter(.metaLogin, .userLogin)],
        options: [.value("--until", .metaDate, .date, required: true, .renewUntilOption)],
        summary: .userRenewSummary, changesCatalogue: true
    ) { shell, arguments in
        let until = try arguments.date("--until")
        let user = try shell.store.renewRights(by: shell.session.requirePrincipal(), login: arguments.required("LOGIN"), until: until)
        shell.inform(.rightsRenewed, ["login": user.login, "until": until])
    }

    static let userClose = CommandSpec(
        "close", group: .administration, parameters: [Parameter(.metaLogin, .userLogin)],
        summary: .userCloseSummary, changesCatalogue: true
    ) { shell, arguments in
        let user = try shell.store.closeRights(by: shell.session.requirePrincipal(), login: arguments.required("LOGIN"))
        shell.inform(.rightsClosed, ["login": user.login, "name": user.fullName])
    }

    static let passwordCost = CommandSpec(
        "password-cost", group: .administration, parameters: [Parameter(.metaNumber, .count, .optional)],
        summary: .passwordCostSummary, details: .passwordCostDetails
    ) { shell, arguments in
        let principal = try shell.session.requirePrincipal()
        guard let text = arguments["N"] else {
            return shell.print(shell.text(.passwordCostIs, ["cost": try shell.store.currentPasswordCost(by: principal)]))
        }
        let cost = try Count.parse(text)
        try shell.store.setPasswordCost(by: principal, to: cost)
        shell.inform(.passwordCostSet, ["cost": cost])
    }

    static let userList = CommandSpec("list", group: .administration, summary: .userListSummary) { shell, _ in
        let users = try shell.store.users(by: shell.session.requirePrincipal())
        let today = shell.configuration.clock.today()
        shell.print(shell.table(
            header: [.columnLogin, .columnName, .columnInstitution, .columnRole, .columnValidUntil, .columnRights],
            rows: users.map { user in
                [user.login, user.fullName, user.institution.code, shell.text(user.role.titleKey),
                 user.validUntil.map(shell.text) ?? shell.text(.noEndDate),
                 shell.text(user.isClosed ? .rightsStateClosed : user.hasValidRights(on: today) ? .rightsStateOpen : .rightsStateExpired)]
            }))
    }
}
