import PKCore

extension Catalogue {
    /// Help of service descriptions, in Latvian.
    static let latvianServicesHelp: [HelpText: String] = [
        .metaCode: "KODS",
        .servicesSummary: "jūsu iestādes pakalpojumi: kods, nosaukums, vai publicēts, kanāli",
        .servicesDetails: "TEKSTS atlasa pakalpojumus, kuru kodā vai nosaukumā tas ir (lielos burtus un garumzīmes neņem vērā). Administratori redz visu iestāžu pakalpojumus.",
        .serviceFamilySummary: "pakalpojumu apraksti",
        .serviceAddSummary: "jauns, nepublicēts apraksts",
        .serviceInstitutionOption: "pakalpojuma turētāja iestāde (administratoriem)",
        .serviceChannelsSummary: "iestatīt apraksta kanālus (aizstāj sarakstu)",
        .servicePublishSummary: "publicēt aprakstu; statistiku var ievadīt tikai publicētiem pakalpojumiem",
        .serviceShowSummary: "apraksts",
    ]

    /// What the shell says: service descriptions, in Latvian.
    static let latvianServices: [ShellText: String] = [
        .yes: "jā",
        .no: "nē",
        .noServices: "pakalpojumu nav",
        .noServicesMatching: "nav pakalpojumu, kas atbilst '{text}'",
        .serviceAdded: "pievienots {code} {name} ({institution}); tālāk: service channels {code} KANĀLS...",
        .serviceChannelsSet: "{code} kanāli: {channels}",
        .servicePublished: "publicēts {code} {name}",
        .fieldServiceName: "nosaukums",
        .fieldEService: "e-pakalpojums",
        .noChannelsYet: "nav",
        .eServiceYes: "jā: attiecas kvalitātes rādītāji",
    ]
}
