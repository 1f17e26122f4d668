import PKCore

extension Catalogue {
    /// Help of reports: stats, missing, show, log, in English.
    static func englishReportsHelp(_ key: HelpText) -> String? {
        switch key {
        case .metaText: "TEXT"
        case .jsonArrayOption: "print a JSON array (SPEC section 5)"
        case .jsonObjectOption: "print one JSON object (SPEC section 5)"
        case .noPagerOption: "print straight to the terminal; else, at a terminal, output longer than the screen goes through $PKS_PAGER, else $PAGER, else less -FRX (an empty one: no pager)"
        case .statsSummary: "the year's records: code, name, status, last updated, totals (Pakalpojumu statistika)"
        case .statsDetails: "TEXT keeps the records whose code or name contains it (case and diacritics ignored)."
        case .missingSummary: "published services with no record for the year, and the days left until the deadline"
        case .showSummary: "a record as a form: channels, totals, complaints, delays, indicators, status"
        case .showDetails: "Without SERVICE, the open record with any unsaved changes; with SERVICE, the year's saved record."
        case .logSummary: "who changed what and when (your institution; administrators: all)"
        case .logDetails: """
            Every change to records, service descriptions and users, with the old and new values, to the second, \
            newest first. At a terminal the newest 50 unless --limit says otherwise; a script gets every entry.
            """
        case .logLimitOption: "the newest N entries"
        case .logSinceOption: "entries made on this day or later"
        case .logUserOption: "entries made by this user"
        case .logInstitutionOption: "administrators: the entries of this institution"
        default: nil
        }
    }

    /// What the shell says: reports: stats, missing, show, log, in English.
    static func englishReports(_ key: ShellText) -> String? {
        switch key {
        case .noRecords: "no {year} records; add SERVICE starts one (missing lists the services without)"
        case .noRecordsMatching: "no {year} records matching '{text}'; add SERVICE starts one (missing lists the services without)"
        case .recordsTally: "{n} {n:record|records}: {submitted} submitted, {drafts} {drafts:draft|drafts}"
        case .columnCode: "code"
        case .columnService: "service"
        case .columnStatus: "status"
        case .columnUpdated: "last updated"
        case .columnStarted: "started"
        case .columnCompleted: "completed"
        case .columnInstitution: "institution"
        case .columnPublished: "published"
        case .columnChannels: "channels"
        case .columnWhen: "when"
        case .columnWho: "who"
        case .columnYear: "year"
        case .columnWhat: "what"
        case .columnChange: "change"
        case .columnLogin: "login"
        case .columnName: "name"
        case .columnRole: "role"
        case .columnValidUntil: "valid until"
        case .columnRights: "rights"
        case .statusDraft: "draft"
        case .statusSubmitted: "submitted"
        case .noneMissing: "every published service has a {year} record; {deadline}"
        case .someMissing: "{n} {n:service has|services have} no {year} record; {deadline}"
        case .noChangesRecorded: "no changes recorded"
        case .damagedTime: "(damaged)"
        case .olderChangesLeftOut: "the newest {n} {n:change is|changes are} shown; older ones: log --limit N, or --since YYYY-MM-DD"
        case .damagedAuditEntry: "audit entry {id} holds no valid time (the database was changed past pks); it is shown without one"
        default: nil
        }
    }
}
