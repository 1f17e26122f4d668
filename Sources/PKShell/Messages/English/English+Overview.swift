import PKCore

extension Catalogue {
    /// Help of the administrators' views across institutions, in English.
    static func englishOverviewHelp(_ key: HelpText) -> String? {
        switch key {
        case .missingDetails: "Administrators: --all-institutions lists every institution's published services with no record for the year."
        case .allInstitutionsOption: "administrators: every institution's"
        case .institutionViewOption: "administrators: that institution's, read-only"
        case .overviewSummary: "every institution's progress with the year, national channel totals and usage degree"
        case .overviewDetails: "One line per institution (those with no records too): published services, records, submitted, drafts, missing, and the days to the deadline or past it; those that owe the most first. Then the totals per channel over submitted records with each channel's share as a bar (as wide as the terminal allows), and the national electronic usage degree."
        case .asciiOption: "draw bars with # instead of block characters"
        case .reopenSummary: "turn a submitted record back into a draft, saying why (audited)"
        case .reopenDetails: "The year's submitted record of SERVICE in the institution CODE becomes a draft its institution can edit and submit again. The reason goes to the audit trail (log) and is shown to the institution under the record (show)."
        case .reopenInstitutionOption: "the institution whose record it is"
        case .reopenReasonOption: "why the record is reopened"
        default: nil
        }
    }

    /// What the shell says: the administrators' views, in English.
    static func englishOverview(_ key: ShellText) -> String? {
        switch key {
        case .overviewHeading: "{year} across the country; {deadline}"
        case .columnRecords: "records"
        case .columnSubmittedCount: "submitted"
        case .columnDrafts: "drafts"
        case .columnMissing: "missing"
        case .columnDeadline: "deadline"
        case .deadlineDone: "done"
        case .deadlineLeftShort: "{n} {n:day|days} left"
        case .deadlineTodayShort: "due today"
        case .deadlineLateShort: "{n} {n:day|days} late"
        case .noSubmittedRecords: "no {year} record has been submitted yet; national totals come from submitted records"
        case .nationalTotalsHeading: "national totals over the submitted {year} records"
        case .columnChannel: "channel"
        case .columnShare: "share"
        case .percentValue: "{percent}%"
        case .nationalUsage: "Electronic usage degree:  {usage}"
        case .someMissingEverywhere: "{n} {n:service has|services have} no {year} record in {institutions} {institutions:institution|institutions}; {deadline}"
        case .showInstitutionNeedsService: "show --institution CODE needs the SERVICE to show"
        case .recordReopened: "reopened the {year} record of {code} ({institution}); it is a draft again"
        case .reopenedBecause: "reopened by {login} on {at}: {reason}"
        default: nil
        }
    }
}
