import PKCore

extension Catalogue {
    /// Help of reports: stats, missing, show, log, in English.
    static let englishReportsHelp: KeyValuePairs<HelpText, String> = [
        .metaText: "TEXT",
        .jsonArrayOption: "print a JSON array (SPEC section 5)",
        .jsonObjectOption: "print one JSON object (SPEC section 5)",
        .noPagerOption: "print straight to the terminal; else, at a terminal, output longer than the screen goes through $PKS_PAGER, else $PAGER, else less -FRX (an empty one: no pager)",
        .statsSummary: "the year's records: code, name, status, last updated, totals (Pakalpojumu statistika)",
        .statsDetails: "TEXT keeps the records whose code or name contains it (case and diacritics ignored).",
        .missingSummary: "published services with no record for the year, and the days left until the deadline",
        .showSummary: "a record as a form: channels, totals, complaints, delays, indicators, status",
        .showDetails: "Without SERVICE, the open record with any unsaved changes; with SERVICE, the year's saved record.",
        .logSummary: "who changed what and when (your institution; administrators: all)",
        .logDetails: """
            Every change to records, service descriptions and users, with the old and new values, to the second, \
            newest first. At a terminal the newest 50 unless --limit says otherwise; a script gets every entry.
            """,
        .logLimitOption: "the newest N entries",
        .logSinceOption: "entries made on this day or later",
        .logUserOption: "entries made by this user",
        .logInstitutionOption: "administrators: the entries of this institution",
    ]

    /// What the shell says: reports: stats, missing, show, log, in English.
    static let englishReports: KeyValuePairs<ShellText, String> = [
        .noRecords: "no {year} records; add SERVICE starts one (missing lists the services without)",
        .noRecordsMatching: "no {year} records matching '{text}'; add SERVICE starts one (missing lists the services without)",
        .recordsTally: "{n} {n:record|records}: {submitted} submitted, {drafts} {drafts:draft|drafts}",
        .columnCode: "code",
        .columnService: "service",
        .columnStatus: "status",
        .columnUpdated: "last updated",
        .columnStarted: "started",
        .columnCompleted: "completed",
        .columnInstitution: "institution",
        .columnPublished: "published",
        .columnChannels: "channels",
        .columnWhen: "when",
        .columnWho: "who",
        .columnYear: "year",
        .columnWhat: "what",
        .columnChange: "change",
        .columnLogin: "login",
        .columnName: "name",
        .columnRole: "role",
        .columnValidUntil: "valid until",
        .columnRights: "rights",
        .statusDraft: "draft",
        .statusSubmitted: "submitted",
        .noneMissing: "every published service has a {year} record; {deadline}",
        .someMissing: "{n} {n:service has|services have} no {year} record; {deadline}",
        .noChangesRecorded: "no changes recorded",
        .damagedTime: "(damaged)",
        .olderChangesLeftOut: "the newest {n} {n:change is|changes are} shown; older ones: log --limit N, or --since YYYY-MM-DD",
        .damagedAuditEntry: "audit entry {id} holds no valid time (the database was changed past pks); it is shown without one",
    ]
}
