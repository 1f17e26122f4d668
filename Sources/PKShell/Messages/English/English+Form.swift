import PKCore

extension Catalogue {
    /// What the shell says: the record form, in English.
    static func englishForm(_ key: ShellText) -> String? {
        switch key {
        case .formTitle: "{code} {name} — {year}"
        case .formStatus: "status"
        case .formUpdated: "last updated"
        case .formNeverSaved: "never"
        case .formStatusNew: "new, not saved yet"
        case .formStatusDraft: "draft"
        case .formStatusUnsaved: "draft, unsaved changes"
        case .formStatusSubmitted: "submitted (read-only)"
        case .formNotOnDescription: "{channel} (not on the description)"
        case .formChannel: "Channel"
        case .formStarted: "Started"
        case .formCompleted: "Completed"
        case .formTotal: "Total"
        case .formComplaints: "Complaints"
        case .formDelays: "Delays"
        case .indicatorsNotApplicable: "quality indicators: not applicable (no e-service channel)"
        case .indicatorsNotComputedYet: "quality indicators: not computed yet (run compute)"
        case .indicatorsHeading: "quality indicators"
        case .indicatorsHeadingStale: "quality indicators (out of date: the counts changed since; run compute)"
        case .indicatorSuccess: "E-service success rate"
        case .indicatorUsage: "Electronic usage degree"
        case .successInputs: "{eCompleted} completed ÷ {eStarted} started over e-channels"
        case .usageInputs: "{eStarted} started over e-channels ÷ {allStarted} over all channels"
        case .indicatorPercent: "{percent}%  ({inputs})"
        case .indicatorNotComputable: "not computable  ({inputs})"
        case .indicatorNotApplicable: "not applicable"
        default: nil
        }
    }
}
