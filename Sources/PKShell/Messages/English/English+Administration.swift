import PKCore

extension Catalogue {
    /// Help of administration, in English.
    static let englishAdministrationHelp: KeyValuePairs<HelpText, String> = [
        .institutionFamilySummary: "institutions",
        .institutionAddSummary: "add an institution",
        .institutionListSummary: "list the institutions",
        .userFamilySummary: "users and their rights",
        .metaFullName: "\"FULL NAME\"",
        .metaDate: "YYYY-MM-DD",
        .userNameOption: "the person's full name",
        .userInstitutionOption: "the institution the rights are for",
        .userUntilOption: "the last day the rights are valid",
        .userAdminOption: "make the user an administrator",
        .userAddSummary: "grant rights to a new user",
        .userAddDetails: "The first password is read twice without echo at a terminal; otherwise from $PKS_NEW_PASSWORD. A password has at least 12 characters, does not contain the login and is not one of the 10,000 most common passwords.",
        .renewUntilOption: "the new last day of the rights",
        .userRenewSummary: "renew expiring (or reopen closed) rights",
        .userCloseSummary: "close rights; the user can no longer log in or work",
        .userUnlockSummary: "let a login that failed attempts hold back log in at once again",
        .userUnlockDetails: "After 5 failed attempts a login must wait before each next one (at most 15 minutes), except at a terminal where it logged in before. Someone guessing elsewhere can keep a login waiting; unlock forgets the failed attempts. On PostgreSQL the server slows guessing down instead.",
        .passwordCostSummary: "show or set the yescrypt cost of new password hashes",
        .passwordCostDetails: "7 (the default) takes about 0.1 s a hash. Older hashes are upgraded when their owner next logs in.",
        .userListSummary: "users, institutions, roles, rights",
        .institutionRenameSummary: "correct the name of an institution",
        .institutionContactSummary: "change the institution's contact person",
        .institutionContactDetails: "The contact person asks VRAA to grant, renew or close the rights of the institution's users; they are named to users whose rights end soon or have ended. A new contact person replaces the one before (the audit trail keeps both): grant rights to the new one with user add and close the old one's with user close.",
        .contactNameOption: "the contact person's full name",
        .contactEmailOption: "the contact person's e-mail address",
        .metaEmail: "E-MAIL",
        .metaDays: "DAYS",
        .expiringOption: "only open rights that end within DAYS days",
    ]

    /// What the shell says: administration, in English.
    static let englishAdministration: KeyValuePairs<ShellText, String> = [
        .institutionAdded: "added institution {code} {name}",
        .userRightsGranted: "granted institution user rights to {login} ({name}), {institution}, until {until}",
        .administratorRightsGranted: "granted administrator rights to {login} ({name}), {institution}, until {until}",
        .rightsRenewed: "the rights of {login} are valid until {until}",
        .rightsClosed: "closed the rights of {login} ({name})",
        .loginUnlocked: "{login} may log in again at once, from any terminal",
        .loginNotLocked: "{login} had no failed logins to forget",
        .passwordCostIs: "password cost {cost}",
        .passwordCostSet: "new password hashes use cost {cost}; older ones are upgraded at their owner's next login",
        .rightsStateOpen: "open",
        .rightsStateClosed: "closed",
        .rightsStateExpired: "expired",
        .columnContactPerson: "contact person",
        .institutionRenamed: "institution {code} is now called {name}",
        .contactPersonSet: "the contact person of {code} is {contact}",
        .contactPersonChanged: "the contact person of {code} is now {contact}, in place of {previous}",
        .noRightsExpiring: "no open rights end within {n} {n:day|days}",
        .rightsEndSoon: "your rights end on {date} ({n} {n:day|days} left); ask your institution's contact person to have VRAA renew them",
        .rightsEndSoonAsk: "your rights end on {date} ({n} {n:day|days} left); ask your institution's contact person, {contact}, to have VRAA renew them",
    ]
}
