import PKCore

extension Catalogue {
    /// Help of help, in English.
    static let englishHelp: [HelpText: String] = [
        .metaTopic: "TOPIC",
        .metaOptions: "[OPTIONS]",
        .helpSummary: "this list; help COMMAND for one command; help channels for the 11 channels",
        .helpFooter: "help COMMAND tells more; help channels explains the 11 channels. Words with blanks go in quotes.",
        .helpUsage: "usage: {usage}",
        .helpAlso: "also: {names}",
        .helpOptions: "options:",
        .groupSession: "Session",
        .groupStatistics: "Statistics (your institution, the current year)",
        .groupServices: "Service descriptions",
        .groupAdministration: "Administration (administrators only)",
        .helpChannelsIntro: "The 11 channels. Type a key, the Latvian name or a unique beginning of either.",
        .channelHeading: "{key} — {name}",
        .channelHeadingEService: "{key} — {name} (e-service channel)",
        .explainCitiElektroniskie: "Requests through any other electronic means: virtual assistants, the sector systems where a service is handled (tax declarations, construction, municipal e-service platforms, e-health), mobile apps, international registers, Skype, the institution's social-network accounts.",
        .explainCits: "Anything that is neither electronic nor in person at the institution or a VPVKAC centre.",
        .explainEIestade: "An e-service on the institution's own official website (not on its other websites), e.g. registering a pet on the agricultural data centre's site.",
        .explainELatvija: "An e-service on the state portal Latvija.lv, including requests sent to the official e-address, e.g. \"Iesniegums iestādei\".",
        .explainEPasts: "A request e-mailed to the institution, signed electronically or not, as the service's rules allow.",
        .explainFakss: "A request sent by fax.",
        .explainKlatiene: "In person at the institution, its client service centre or a branch office; not a VPVKAC centre.",
        .explainPasts: "A request sent by post.",
        .explainSms: "A request sent as a text message, e.g. water meter readings or paid vehicle information by SMS.",
        .explainTelefons: "By phone: information and consultations, booking a visit.",
        .explainVpvkac: "The unified state and municipal client service centres. State institutions count the applications VPVKAC forwarded to them; municipalities count what their centres served themselves.",
    ]
}
