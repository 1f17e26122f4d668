import PKCore

extension Catalogue {
    /// Help of help, in Latvian.
    static func latvianHelp(_ key: HelpText) -> String? {
        switch key {
        case .metaTopic: "TĒMA"
        case .metaSubcommand: "APAKŠKOMANDA"
        case .helpSubcommandMore: "help {family} APAKŠKOMANDA parāda vienu pilnībā, ar tās opcijām."
        case .metaOptions: "[OPCIJAS]"
        case .helpSummary: "šis saraksts; help KOMANDA — par vienu komandu (help service import — par vienu no saimes); help kanāli — par 11 kanāliem; help KANĀLS — par vienu"
        case .helpFooter: "help KOMANDA pastāsta vairāk; help kanāli izskaidro 11 kanālus, help KANĀLS — vienu no tiem. Vārdus ar atstarpēm liek pēdiņās."
        case .helpUsage: "lietojums: {usage}"
        case .helpAlso: "arī: {names}"
        case .helpOptions: "opcijas:"
        case .groupSession: "Sesija"
        case .groupStatistics: "Statistika (jūsu iestāde, pārskata gads)"
        case .groupServices: "Pakalpojumu apraksti"
        case .groupAdministration: "Administrēšana (tikai administratoriem)"
        case .helpChannelsIntro: "11 kanāli, to skaidrojums un piemēri (pēc Pakalpojumu kataloga metodisko ieteikumu pielikuma). Rakstiet atslēgu, latvisko nosaukumu vai viennozīmīgu kāda no tiem sākumu; help KANĀLS parāda vienu."
        case .channelHeading: "{key} — {name}"
        case .channelHeadingEService: "{key} — {name} (e-pakalpojuma kanāls)"
        default: nil
        }
    }
}
