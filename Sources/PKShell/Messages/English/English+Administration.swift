import PKCore

extension Catalogue {
    /// Help of administration, in English.
    static func englishAdministrationHelp(_ key: HelpText) -> String? {
        switch key {
        case .institutionFamilySummary: "institutions"
        case .institutionAddSummary: "add an institution"
        case .institutionListSummary: "list the institutions"
        case .userFamilySummary: "users and their rights"
        case .metaFullName: "\"FULL NAME\""
        case .metaDate: "YYYY-MM-DD"
        case .userNameOption: "the person's full name"
        case .userInstitutionOption: "the institution the rights are for"
        case .userUntilOption: "the last day the rights are valid"
        case .userAdminOption: "make the user an administrator"
        case .userAddSummary: "grant rights to a new user"
        case .userAddDetails: "The first password is read twice without echo at a terminal; otherwise from $PKS_NEW_PASSWORD. A password has at least 12 characters, does not contain the login, is not one of the 10,000 most common passwords and is no run such as 123456789012 nor a few characters repeated."
        case .renewUntilOption: "the new last day of the rights"
        case .userRenewSummary: "renew expiring (or reopen closed) rights"
        case .userCloseSummary: "close rights; the user can no longer log in or work"
        case .userUnlockSummary: "let a login that failed attempts hold back log in at once again"
        case .userUnlockDetails: "After 5 failed attempts a login must wait before each next one (at most 15 minutes), except at a terminal where it logged in before. Someone guessing elsewhere can keep a login waiting; unlock forgets the failed attempts. On PostgreSQL the server slows guessing down instead."
        case .passwordCostSummary: "show or set the yescrypt cost of new password hashes"
        case .passwordCostDetails: "7 (the default) takes about 0.1 s a hash. Older hashes are upgraded when their owner next logs in."
        case .userListSummary: "users, institutions, roles, rights"
        case .institutionRenameSummary: "correct the name of an institution"
        case .institutionContactSummary: "change the institution's contact person"
        case .institutionContactDetails: "The contact person asks VRAA to grant, renew or close the rights of the institution's users; they are named to users whose rights end soon or have ended. A new contact person replaces the one before (the audit trail keeps both): grant rights to the new one with user add and close the old one's with user close."
        case .contactNameOption: "the contact person's full name"
        case .contactEmailOption: "the contact person's e-mail address"
        case .metaEmail: "E-MAIL"
        case .metaDays: "DAYS"
        case .expiringOption: "only open rights that end within DAYS days"
        default: nil
        }
    }

    /// What the shell says: administration, in English.
    static func englishAdministration(_ key: ShellText) -> String? {
        switch key {
        case .institutionAdded: "added institution {code} {name}"
        case .userRightsGranted: "granted institution user rights to {login} ({name}), {institution}, until {until}"
        case .administratorRightsGranted: "granted administrator rights to {login} ({name}), {institution}, until {until}"
        case .rightsRenewed: "the rights of {login} are valid until {until}"
        case .rightsClosed: "closed the rights of {login} ({name})"
        case .loginUnlocked: "{login} may log in again at once, from any terminal"
        case .loginNotLocked: "{login} had no failed logins to forget"
        case .passwordCostIs: "password cost {cost}"
        case .passwordCostSet: "new password hashes use cost {cost}; older ones are upgraded at their owner's next login"
        case .rightsStateOpen: "open"
        case .rightsStateClosed: "closed"
        case .rightsStateExpired: "expired"
        case .columnContactPerson: "contact person"
        case .institutionRenamed: "institution {code} is now called {name}"
        case .contactPersonSet: "the contact person of {code} is {contact}"
        case .contactPersonChanged: "the contact person of {code} is now {contact}, in place of {previous}"
        case .noRightsExpiring: "no open rights end within {n} {n:day|days}"
        case .rightsEndSoon: "your rights end on {date} ({left}); ask your institution's contact person to have VRAA renew them"
        case .rightsDaysLeft: "{n} {n:day|days} left"
        case .rightsLastDay: "today is their last day"
        case .rightsEndSoonAsk: "your rights end on {date} ({left}); ask your institution's contact person, {contact}, to have VRAA renew them"
        default: nil
        }
    }
}
