import PKCore

extension Catalogue {
    /// Help of the administrators' views across institutions, in Latvian.
    static let latvianOverviewHelp: KeyValuePairs<HelpText, String> = [
        .missingDetails: "Administratoriem: --all-institutions parāda visu iestāžu publicētos pakalpojumus bez šī gada ieraksta.",
        .allInstitutionsOption: "administratoriem: visu iestāžu",
        .institutionViewOption: "administratoriem: šīs iestādes, tikai lasīšanai",
        .overviewSummary: "visu iestāžu gada gaita, valsts kopsummas pa kanāliem un lietošanas pakāpe",
        .overviewDetails: "Katrai iestādei (arī bez ierakstiem) viena rinda: publicētie pakalpojumi, ieraksti, iesniegti, melnraksti, trūkst un dienas līdz termiņam vai pēc tā; vispirms tās, kas parādā visvairāk. Tad kopsummas pa kanāliem no iesniegtajiem ierakstiem ar katra kanāla daļu kā joslu (tik platu, cik terminālis atļauj) un valsts elektroniskā lietošanas pakāpe.",
        .asciiOption: "joslas zīmēt ar # bloku rakstzīmju vietā",
        .reopenSummary: "iesniegtu ierakstu atkal padarīt par melnrakstu, norādot iemeslu (auditē)",
        .reopenDetails: "PAKALPOJUMA iesniegtais gada ieraksts iestādē KODS kļūst par melnrakstu, ko iestāde var labot un iesniegt vēlreiz. Iemesls nonāk auditā (log), un iestāde to redz pie ieraksta (show).",
        .reopenInstitutionOption: "iestāde, kuras ieraksts tas ir",
        .reopenReasonOption: "kāpēc ieraksts atvērts no jauna",
    ]

    /// What the shell says: the administrators' views, in Latvian.
    static let latvianOverview: KeyValuePairs<ShellText, String> = [
        .overviewHeading: "{year}. gads visā valstī; {deadline}",
        .columnRecords: "ieraksti",
        .columnSubmittedCount: "iesniegti",
        .columnDrafts: "melnraksti",
        .columnMissing: "trūkst",
        .columnDeadline: "termiņš",
        .deadlineDone: "pabeigts",
        .deadlineLeftShort: "vēl {n} {n:diena|dienas|dienu}",
        .deadlineTodayShort: "šodien",
        .deadlineLateShort: "nokavēts par {n} {n:dienu|dienām|dienām}",
        .noSubmittedRecords: "neviens {year}. gada ieraksts vēl nav iesniegts; valsts kopsummas veido iesniegtie ieraksti",
        .nationalTotalsHeading: "valsts kopsummas no iesniegtajiem {year}. gada ierakstiem",
        .columnChannel: "kanāls",
        .columnShare: "daļa",
        .percentValue: "{percent} %",
        .nationalUsage: "Elektroniskā lietošanas pakāpe:  {usage}",
        .someMissingEverywhere: "{n} {n:pakalpojumam|pakalpojumiem|pakalpojumiem} nav {year}. gada ieraksta {institutions} {institutions:iestādē|iestādēs|iestādēs}; {deadline}",
        .showInstitutionNeedsService: "show --institution KODS vajag PAKALPOJUMU, ko parādīt",
        .recordReopened: "{code} ({institution}) {year}. gada ieraksts atvērts no jauna; tas atkal ir melnraksts",
        .reopenedBecause: "{login} atvēra no jauna {at}: {reason}",
    ]
}
