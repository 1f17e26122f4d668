/// How grave a finding of `check` is: errors block `submit`, warnings ask for a second look.
public enum CheckSeverity: String, Sendable, Equatable {
    case error, warning
}

/// Every rule of `check`, in one table: its stable identifier (the raw value, as JSON writes it), its severity
/// and what it says in English and Latvian. `CheckRule+Evaluation` decides where each one holds.
public enum CheckRule: String, MessageKey, CaseIterable {
    case channelNotOnDescription = "channel-not-on-description"
    case indicatorsStale = "indicators-stale"
    case indicatorsNotComputed = "indicators-not-computed"
    case unsavedChanges = "unsaved-changes"
    case completedOverStarted = "completed-over-started"
    case totalCompletedOverStarted = "total-completed-over-started"
    case successOver100 = "success-over-100"
    case complaintsOverStarted = "complaints-over-started"
    case delaysOverStarted = "delays-over-started"
    case channelEmpty = "channel-empty"
    case changeFromPreviousYear = "change-from-previous-year"
    case allZero = "all-zero"
    case channelOffDescriptionSinceSubmission = "channel-off-description-since-submission"

    public var severity: CheckSeverity { definition.severity }

    /// The rule's message in English and in Latvian (the catalogues take their texts from here).
    public var english: String { definition.english }
    public var latvian: String { definition.latvian }

    private var definition: (severity: CheckSeverity, english: String, latvian: String) {
        switch self {
        case .channelNotOnDescription: (.error,
            "{channel} is no longer on the description but has counts: unset {channel}, or put the channel back on the description",
            "{channel} vairs nav aprakstā, bet tam ir skaitļi: unset {channel} vai atjaunojiet kanālu aprakstā")
        case .indicatorsStale: (.error,
            "the counts changed after the quality indicators were computed: edit, compute, then save",
            "skaitļi mainīti pēc kvalitātes rādītāju aprēķināšanas: labot, aprēķināt, tad saglabāt")
        case .indicatorsNotComputed: (.error,
            "an e-service whose quality indicators were never computed: edit, compute, then save",
            "e-pakalpojums, kura kvalitātes rādītāji nav aprēķināti: labot, aprēķināt, tad saglabāt")
        case .unsavedChanges: (.error,
            "the open record has unsaved changes: save them, or close --discard",
            "atvērtajā ierakstā ir nesaglabātas izmaiņas: saglabājiet tās vai close --discard")
        case .completedOverStarted: (.warning,
            "{channel}: {completed} completed > {started} started (right only for requests begun the year before)",
            "{channel}: pabeigti {completed} > uzsākti {started} (pareizi tikai par iepriekšējā gadā uzsāktiem)")
        case .totalCompletedOverStarted: (.warning,
            "in total {completed} completed > {started} started",
            "kopā pabeigti {completed} > uzsākti {started}")
        case .successOver100: (.warning,
            "e-service success rate {success}% is above 100%",
            "e-pakalpojumu izpildes veiksmīgums {success} % pārsniedz 100 %")
        case .complaintsOverStarted: (.warning,
            "{complaints} complaints, more than the {started} requests started",
            "{complaints} sūdzības — vairāk nekā uzsākto pieprasījumu ({started})")
        case .delaysOverStarted: (.warning,
            "{delays} delays, more than the {started} requests started",
            "{delays} kavējumi — vairāk nekā uzsākto pieprasījumu ({started})")
        case .channelEmpty: (.warning,
            "{channel} is on the description but left at 0/0 or never entered",
            "{channel} ir aprakstā, bet atstāts 0/0 vai nav ievadīts")
        case .changeFromPreviousYear: (.warning,
            "{channel}: {started} started against {previous} in {previousYear} — a change above ×3 or below ÷3",
            "{channel}: uzsākti {started}, {previousYear}. gadā {previous} — izmaiņa virs ×3 vai zem ÷3")
        case .allZero: (.warning,
            "every count is zero",
            "visi skaitļi ir nulle")
        case .channelOffDescriptionSinceSubmission: (.warning,
            "{channel} was taken off the description after this record was submitted; should its counts change, an administrator can reopen it",
            "{channel} izņemts no apraksta pēc šī ieraksta iesniegšanas; ja tā skaitļi jāmaina, administrators var ierakstu atvērt no jauna")
        }
    }
}
