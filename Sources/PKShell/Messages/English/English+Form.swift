import PKCore

extension Catalogue {
    /// What the shell says: the record form, in English.
    static let englishForm: KeyValuePairs<ShellText, String> = [
        .formTitle: "{code} {name} — {year}",
        .formStatus: "status",
        .formUpdated: "last updated",
        .formNeverSaved: "never",
        .formStatusNew: "new, not saved yet",
        .formStatusDraft: "draft",
        .formStatusUnsaved: "draft, unsaved changes",
        .formStatusSubmitted: "submitted (read-only)",
        .formNotOnDescription: "{channel} (not on the description)",
        .formChannel: "Channel",
        .formStarted: "Started",
        .formCompleted: "Completed",
        .formTotal: "Total",
        .formComplaints: "Complaints",
        .formDelays: "Delays",
        .indicatorsNotApplicable: "quality indicators: not applicable (no e-service channel)",
        .indicatorsNotComputedYet: "quality indicators: not computed yet (run compute)",
        .indicatorsHeading: "quality indicators",
        .indicatorsHeadingStale: "quality indicators (out of date: the counts changed since; run compute)",
        .indicatorSuccess: "E-service success rate",
        .indicatorUsage: "Electronic usage degree",
        .successInputs: "{eCompleted} completed ÷ {eStarted} started over e-channels",
        .usageInputs: "{eStarted} started over e-channels ÷ {allStarted} over all channels",
        .indicatorPercent: "{percent}%  ({inputs})",
        .indicatorNotComputable: "not computable  ({inputs})",
        .indicatorNotApplicable: "not applicable",
    ]
}
