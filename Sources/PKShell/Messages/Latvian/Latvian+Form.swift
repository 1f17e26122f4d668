import PKCore

extension Catalogue {
    /// What the shell says: the record form, in Latvian.
    static func latvianForm(_ key: ShellText) -> String? {
        switch key {
        case .formTitle: "{code} {name} — {year}"
        case .formStatus: "statuss"
        case .formUpdated: "atjaunots"
        case .formNeverSaved: "nekad"
        case .formStatusNew: "jauns, vēl nav saglabāts"
        case .formStatusDraft: "melnraksts"
        case .formStatusUnsaved: "melnraksts, nesaglabātas izmaiņas"
        case .formStatusSubmitted: "iesniegts (tikai lasāms)"
        case .formNotOnDescription: "{channel} (nav aprakstā)"
        case .formChannel: "Kanāls"
        case .formStarted: "Uzsākti"
        case .formCompleted: "Pabeigti"
        case .formTotal: "Kopā"
        case .formComplaints: "Sūdzības"
        case .formDelays: "Kavējumi"
        case .indicatorsNotApplicable: "kvalitātes rādītāji: neattiecas (nav e-pakalpojuma kanāla)"
        case .indicatorsNotComputedYet: "kvalitātes rādītāji: vēl nav aprēķināti (izpildiet komandu aprēķināt)"
        case .indicatorsHeading: "kvalitātes rādītāji"
        case .indicatorsHeadingStale: "kvalitātes rādītāji (novecojuši: skaitļi kopš tam mainīti; izpildiet komandu aprēķināt)"
        case .indicatorSuccess: "E-pakalpojumu izpildes veiksmīgums"
        case .indicatorUsage: "Elektroniskā lietošanas pakāpe"
        case .successInputs: "{eCompleted} pabeigti ÷ {eStarted} uzsākti e-kanālos"
        case .usageInputs: "{eStarted} uzsākti e-kanālos ÷ {allStarted} visos kanālos"
        case .indicatorPercent: "{percent} %  ({inputs})"
        case .indicatorNotComputable: "nav aprēķināms  ({inputs})"
        case .indicatorNotApplicable: "neattiecas"
        default: nil
        }
    }
}
