import PKCore

extension Catalogue {
    /// Help of help, in Latvian.
    static let latvianHelp: KeyValuePairs<HelpText, String> = [
        .metaTopic: "TĒMA",
        .metaOptions: "[OPCIJAS]",
        .helpSummary: "šis saraksts; help KOMANDA — par vienu komandu; help kanāli — par 11 kanāliem; help KANĀLS — par vienu",
        .helpFooter: "help KOMANDA pastāsta vairāk; help kanāli izskaidro 11 kanālus, help KANĀLS — vienu no tiem. Vārdus ar atstarpēm liek pēdiņās.",
        .helpUsage: "lietojums: {usage}",
        .helpAlso: "arī: {names}",
        .helpOptions: "opcijas:",
        .groupSession: "Sesija",
        .groupStatistics: "Statistika (jūsu iestāde, pārskata gads)",
        .groupServices: "Pakalpojumu apraksti",
        .groupAdministration: "Administrēšana (tikai administratoriem)",
        .helpChannelsIntro: "11 kanāli, to skaidrojums un piemēri (pēc Pakalpojumu kataloga metodisko ieteikumu pielikuma). Rakstiet atslēgu, latvisko nosaukumu vai viennozīmīgu kāda no tiem sākumu; help KANĀLS parāda vienu.",
        .channelHeading: "{key} — {name}",
        .channelHeadingEService: "{key} — {name} (e-pakalpojuma kanāls)",
    ]
}
