import PKCore

extension Catalogue {
    /// Help of the administrators' views across institutions, in English.
    static let englishOverviewHelp: KeyValuePairs<HelpText, String> = [
        .missingDetails: "Administrators: --all-institutions lists every institution's published services with no record for the year.",
        .allInstitutionsOption: "administrators: every institution's",
        .institutionViewOption: "administrators: that institution's, read-only",
        .overviewSummary: "every institution's progress with the year, national channel totals and usage degree",
        .overviewDetails: "One line per institution (those with no records too): published services, records, submitted, drafts, missing, and the days to the deadline or past it; those that owe the most first. Then the totals per channel over submitted records with each channel's share as a bar (as wide as the terminal allows), and the national electronic usage degree.",
        .asciiOption: "draw bars with # instead of block characters",
        .reopenSummary: "turn a submitted record back into a draft, saying why (audited)",
        .reopenDetails: "The year's submitted record of SERVICE in the institution CODE becomes a draft its institution can edit and submit again. The reason goes to the audit trail (log) and is shown to the institution under the record (show).",
        .reopenInstitutionOption: "the institution whose record it is",
        .reopenReasonOption: "why the record is reopened",
    ]

    /// What the shell says: the administrators' views, in English.
    static let englishOverview: KeyValuePairs<ShellText, String> = [
        .overviewHeading: "{year} across the country; {deadline}",
        .columnRecords: "records",
        .columnSubmittedCount: "submitted",
        .columnDrafts: "drafts",
        .columnMissing: "missing",
        .columnDeadline: "deadline",
        .deadlineDone: "done",
        .deadlineLeftShort: "{n} {n:day|days} left",
        .deadlineTodayShort: "due today",
        .deadlineLateShort: "{n} {n:day|days} late",
        .noSubmittedRecords: "no {year} record has been submitted yet; national totals come from submitted records",
        .nationalTotalsHeading: "national totals over the submitted {year} records",
        .columnChannel: "channel",
        .columnShare: "share",
        .percentValue: "{percent}%",
        .nationalUsage: "Electronic usage degree:  {usage}",
        .someMissingEverywhere: "{n} {n:service has|services have} no {year} record in {institutions} {institutions:institution|institutions}; {deadline}",
        .showInstitutionNeedsService: "show --institution CODE needs the SERVICE to show",
        .recordReopened: "reopened the {year} record of {code} ({institution}); it is a draft again",
        .reopenedBecause: "reopened by {login} on {at}: {reason}",
    ]
}
