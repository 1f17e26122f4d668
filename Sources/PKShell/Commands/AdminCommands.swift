import PKCore
import PKStore

/// Institutions, users and the password cost; the store refuses non-administrators.
extension CommandSpec {
    static let institution = CommandSpec(family: "institution", group: .administration, summary: .institutionFamilySummary,
                                         subcommands: [institutionAdd, institutionList, institutionRename,
                                                       institutionContact])

    static let institutionAdd = CommandSpec(
        "add", group: .administration, parameters: [.code, .name], summary: .institutionAddSummary, changesCatalogue: true
    ) { command in
        let institution = try command.store.addInstitution(by: command.principal, code: command.arguments.required(.code),
                                                           name: command.arguments.required(.name))
        command.shell.inform(.institutionAdded, ["code": institution.code, "name": institution.name])
    }

    static let institutionList = CommandSpec("list", group: .administration, summary: .institutionListSummary,
                                             pages: true) { command in
        let shell = command.shell
        let institutions = try command.store.institutions(by: command.principal)
        shell.output(shell.table(header: [.columnCode, .columnInstitution, .columnContactPerson],
                                 rows: institutions.map { [$0.code, $0.name, $0.contact?.description ?? shell.text(.notGivenFeminine)] }))
    }

    static let institutionRename = CommandSpec(
        "rename", group: .administration, parameters: [.institutionCode, .name], summary: .institutionRenameSummary,
        changesCatalogue: true
    ) { command in
        let institution = try command.store.renameInstitution(by: command.principal, code: command.arguments.required(.institutionCode),
                                                              to: command.arguments.required(.name))
        command.shell.inform(.institutionRenamed, ["code": institution.code, "name": institution.name])
    }

    private static let contactName = OptionSpec.value("--name", .metaFullName, .text, required: true, .contactNameOption)
    private static let contactEmail = OptionSpec.value("--email", .metaEmail, .text, required: true, .contactEmailOption)

    static let institutionContact = CommandSpec(
        "contact", group: .administration, parameters: [.institutionCode], options: [contactName, contactEmail],
        summary: .institutionContactSummary, details: .institutionContactDetails, changesCatalogue: true
    ) { command in
        let arguments = command.arguments
        let contact = InstitutionContact(name: arguments.required(contactName), email: arguments.required(contactEmail))
        let (institution, previous) = try command.store.changeContactPerson(
            by: command.principal, code: arguments.required(.institutionCode), to: contact)
        let values: [String: any TextArgument] = ["code": institution.code, "contact": contact.description,
                                                  "previous": previous?.description ?? ""]
        command.shell.inform(previous == nil || previous == contact ? .contactPersonSet : .contactPersonChanged, values)
    }

    static let user = CommandSpec(family: "user", group: .administration, summary: .userFamilySummary,
                                  subcommands: [userAdd, userRenew, userClose, userUnlock, userList])

    private static let fullName = OptionSpec.value("--name", .metaFullName, .text, required: true, .userNameOption)
    private static let userInstitution = OptionSpec.value("--institution", .metaCode, .institution, required: true,
                                                          .userInstitutionOption)
    private static let until = OptionSpec.value("--until", .metaDate, .date, required: true, .userUntilOption)
    private static let admin = OptionSpec.flag("--admin", .userAdminOption)

    static let userAdd = CommandSpec(
        "add", group: .administration, parameters: [.newLogin], options: [fullName, userInstitution, until, admin],
        summary: .userAddSummary, details: .userAddDetails, changesCatalogue: true
    ) { command in
        let arguments = command.arguments
        guard command.principal.user.isAdministrator else { throw StoreError.administratorsOnly }
        let validUntil = try arguments.date(until)
        let login = arguments.required(.newLogin)
        let user = try command.store.addUser(
            by: command.principal, login: login, fullName: arguments.required(fullName),
            institutionCode: arguments.required(userInstitution), role: arguments.flag(admin) ? .administrator : .institutionUser,
            validUntil: validUntil, password: try command.shell.newPassword(for: login))
        command.shell.inform(user.role == .administrator ? .administratorRightsGranted : .userRightsGranted,
                             ["login": user.login, "name": user.fullName, "institution": user.institution.code, "until": validUntil])
    }

    private static let renewUntil = OptionSpec.value("--until", .metaDate, .date, required: true, .renewUntilOption)

    static let userRenew = CommandSpec(
        "renew", group: .administration, parameters: [.userLogin], options: [renewUntil], summary: .userRenewSummary,
        changesCatalogue: true
    ) { command in
        let validUntil = try command.arguments.date(renewUntil)
        let user = try command.store.renewRights(by: command.principal, login: command.arguments.required(.userLogin),
                                                 until: validUntil)
        command.shell.inform(.rightsRenewed, ["login": user.login, "until": validUntil])
    }

    static let userClose = CommandSpec(
        "close", group: .administration, parameters: [.userLogin], summary: .userCloseSummary, changesCatalogue: true
    ) { command in
        let user = try command.store.closeRights(by: command.principal, login: command.arguments.required(.userLogin))
        command.shell.inform(.rightsClosed, ["login": user.login, "name": user.fullName])
    }

    static let userUnlock = CommandSpec(
        "unlock", group: .administration, parameters: [.userLogin], summary: .userUnlockSummary, details: .userUnlockDetails
    ) { command in
        let login = command.arguments.required(.userLogin)
        let unlocked = try command.store.unlock(by: command.principal, login: login)
        command.shell.inform(unlocked ? .loginUnlocked : .loginNotLocked, ["login": login])
    }

    private static let expiring = OptionSpec.value("--expiring", .metaDays, .count, .expiringOption)

    static let userList = CommandSpec("list", group: .administration, options: [expiring], summary: .userListSummary,
                                      pages: true) { command in
        let shell = command.shell
        let days = try command.arguments[expiring].map { text throws in try Count.parse(text) }
        let users = try command.store.users(by: command.principal, expiringWithin: days)
        if let days, users.isEmpty { return shell.output(shell.text(.noRightsExpiring, ["n": days])) }
        let today = shell.configuration.clock.today()
        shell.output(shell.table(
            header: [.columnLogin, .columnName, .columnInstitution, .columnRole, .columnValidUntil, .columnRights],
            rows: users.map { user in
                [user.login, user.fullName, user.institution.code, shell.text(user.role.titleKey),
                 user.validUntil.map(shell.text) ?? shell.text(.noEndDate),
                 shell.text(user.isClosed ? .rightsStateClosed : user.hasValidRights(on: today) ? .rightsStateOpen : .rightsStateExpired)]
            }))
    }

    static let passwordCost = CommandSpec(
        "password-cost", group: .administration, parameters: [.someNumber], summary: .passwordCostSummary,
        details: .passwordCostDetails
    ) { command in
        let shell = command.shell
        guard let text = command.arguments[.someNumber] else {
            return shell.output(shell.text(.passwordCostIs, ["cost": try command.store.currentPasswordCost(by: command.principal)]))
        }
        let cost = try Count.parse(text)
        try command.store.setPasswordCost(by: command.principal, to: cost)
        shell.inform(.passwordCostSet, ["cost": cost])
    }
}
