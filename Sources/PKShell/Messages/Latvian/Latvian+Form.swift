import PKCore

extension Catalogue {
    /// What the shell says: the record form, in Latvian.
    static let latvianForm: KeyValuePairs<ShellText, String> = [
        .formTitle: "{code} {name} — {year}",
        .formStatus: "statuss",
        .formUpdated: "atjaunots",
        .formNeverSaved: "nekad",
        .formStatusNew: "jauns, vēl nav saglabāts",
        .formStatusDraft: "melnraksts",
        .formStatusUnsaved: "melnraksts, nesaglabātas izmaiņas",
        .formStatusSubmitted: "iesniegts (tikai lasāms)",
        .formNotOnDescription: "{channel} (nav aprakstā)",
        .formChannel: "Kanāls",
        .formStarted: "Uzsākti",
        .formCompleted: "Pabeigti",
        .formTotal: "Kopā",
        .formComplaints: "Sūdzības",
        .formDelays: "Kavējumi",
        .indicatorsNotApplicable: "kvalitātes rādītāji: neattiecas (nav e-pakalpojuma kanāla)",
        .indicatorsNotComputedYet: "kvalitātes rādītāji: vēl nav aprēķināti (izpildiet komandu aprēķināt)",
        .indicatorsHeading: "kvalitātes rādītāji",
        .indicatorsHeadingStale: "kvalitātes rādītāji (novecojuši: skaitļi kopš tam mainīti; izpildiet komandu aprēķināt)",
        .indicatorSuccess: "E-pakalpojumu izpildes veiksmīgums",
        .indicatorUsage: "Elektroniskā lietošanas pakāpe",
        .successInputs: "{eCompleted} pabeigti ÷ {eStarted} uzsākti e-kanālos",
        .usageInputs: "{eStarted} uzsākti e-kanālos ÷ {allStarted} visos kanālos",
        .indicatorPercent: "{percent} %  ({inputs})",
        .indicatorNotComputable: "nav aprēķināms  ({inputs})",
        .indicatorNotApplicable: "neattiecas",
    ]
}
