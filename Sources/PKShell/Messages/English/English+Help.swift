import PKCore

extension Catalogue {
    /// Help of help, in English.
    static func englishHelp(_ key: HelpText) -> String? {
        switch key {
        case .metaTopic: "TOPIC"
        case .metaSubcommand: "SUBCOMMAND"
        case .helpSubcommandMore: "help {family} SUBCOMMAND shows one in full, with its options."
        case .metaOptions: "[OPTIONS]"
        case .helpSummary: "this list; help COMMAND for one command (help service import for one of a family); help channels for the 11 channels; help CHANNEL for one"
        case .helpFooter: "help COMMAND tells more; help channels explains the 11 channels, help CHANNEL one of them. Words with blanks go in quotes."
        case .helpUsage: "usage: {usage}"
        case .helpAlso: "also: {names}"
        case .helpOptions: "options:"
        case .groupSession: "Session"
        case .groupStatistics: "Statistics (your institution, the current year)"
        case .groupServices: "Service descriptions"
        case .groupAdministration: "Administration (administrators only)"
        case .helpChannelsIntro: "The 11 channels, with the examples of the catalogue guide's appendix. Type a key, the Latvian name or a unique beginning of either; help CHANNEL shows one."
        case .channelHeading: "{key} — {name}"
        case .channelHeadingEService: "{key} — {name} (e-service channel)"
        default: nil
        }
    }
}
