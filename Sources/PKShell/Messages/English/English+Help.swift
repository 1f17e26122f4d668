import PKCore

extension Catalogue {
    /// Help of help, in English.
    static let englishHelp: KeyValuePairs<HelpText, String> = [
        .metaTopic: "TOPIC",
        .metaOptions: "[OPTIONS]",
        .helpSummary: "this list; help COMMAND for one command; help channels for the 11 channels; help CHANNEL for one",
        .helpFooter: "help COMMAND tells more; help channels explains the 11 channels, help CHANNEL one of them. Words with blanks go in quotes.",
        .helpUsage: "usage: {usage}",
        .helpAlso: "also: {names}",
        .helpOptions: "options:",
        .groupSession: "Session",
        .groupStatistics: "Statistics (your institution, the current year)",
        .groupServices: "Service descriptions",
        .groupAdministration: "Administration (administrators only)",
        .helpChannelsIntro: "The 11 channels, with the examples of the catalogue guide's appendix. Type a key, the Latvian name or a unique beginning of either; help CHANNEL shows one.",
        .channelHeading: "{key} — {name}",
        .channelHeadingEService: "{key} — {name} (e-service channel)",
    ]
}
