import PKCore

extension Catalogue {
    /// Help of the administrators' views across institutions, in Latvian.
    static func latvianOverviewHelp(_ key: HelpText) -> String? {
        switch key {
        case .missingDetails: "Administratoriem: --all-institutions parāda visu iestāžu publicētos pakalpojumus bez šī gada ieraksta."
        case .allInstitutionsOption: "administratoriem: visu iestāžu"
        case .institutionViewOption: "administratoriem: šīs iestādes, tikai lasīšanai"
        case .overviewSummary: "visu iestāžu gada gaita, valsts kopsummas pa kanāliem un lietošanas pakāpe"
        case .overviewDetails: "Katrai iestādei (arī bez ierakstiem) viena rinda: publicētie pakalpojumi, ieraksti, iesniegti, melnraksti, trūkst un dienas līdz termiņam vai pēc tā; vispirms tās, kas parādā visvairāk. Tad kopsummas pa kanāliem no iesniegtajiem ierakstiem ar katra kanāla daļu kā joslu (tik platu, cik terminālis atļauj) un valsts elektroniskā lietošanas pakāpe."
        case .asciiOption: "joslas zīmēt ar # bloku rakstzīmju vietā"
        case .reopenSummary: "iesniegtu ierakstu atkal padarīt par melnrakstu, norādot iemeslu (auditē)"
        case .reopenDetails: "PAKALPOJUMA iesniegtais gada ieraksts iestādē KODS kļūst par melnrakstu, ko iestāde var labot un iesniegt vēlreiz. Iemesls nonāk auditā (log), un iestāde to redz pie ieraksta (show)."
        case .reopenInstitutionOption: "iestāde, kuras ieraksts tas ir"
        case .reopenReasonOption: "kāpēc ieraksts atvērts no jauna"
        default: nil
        }
    }

    /// What the shell says: the administrators' views, in Latvian.
    static func latvianOverview(_ key: ShellText) -> String? {
        switch key {
        case .overviewHeading: "{year}. gads visā valstī; {deadline}"
        case .columnRecords: "ieraksti"
        case .columnSubmittedCount: "iesniegti"
        case .columnDrafts: "melnraksti"
        case .columnMissing: "trūkst"
        case .columnDeadline: "termiņš"
        case .deadlineDone: "pabeigts"
        case .deadlineLeftShort: "vēl {n} {n:diena|dienas|dienu}"
        case .deadlineTodayShort: "šodien"
        case .deadlineLateShort: "nokavēts par {n} {n:dienu|dienām|dienām}"
        case .noSubmittedRecords: "neviens {year}. gada ieraksts vēl nav iesniegts; valsts kopsummas veido iesniegtie ieraksti"
        case .nationalTotalsHeading: "valsts kopsummas no iesniegtajiem {year}. gada ierakstiem"
        case .columnChannel: "kanāls"
        case .columnShare: "daļa"
        case .percentValue: "{percent} %"
        case .nationalUsage: "Elektroniskā lietošanas pakāpe:  {usage}"
        case .someMissingEverywhere: "{n} {n:pakalpojumam|pakalpojumiem|pakalpojumiem} nav {year}. gada ieraksta {institutions} {institutions:iestādē|iestādēs|iestādēs}; {deadline}"
        case .showInstitutionNeedsService: "show --institution KODS vajag PAKALPOJUMU, ko parādīt"
        case .recordReopened: "{code} ({institution}) {year}. gada ieraksts atvērts no jauna; tas atkal ir melnraksts"
        case .reopenedBecause: "{login} atvēra no jauna {at}: {reason}"
        default: nil
        }
    }
}
