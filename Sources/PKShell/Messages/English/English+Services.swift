import PKCore

extension Catalogue {
    /// Help of service descriptions, in English.
    static let englishServicesHelp: [HelpText: String] = [
        .metaCode: "CODE",
        .servicesSummary: "your institution's services: code, name, published or not, channels",
        .servicesDetails: "TEXT keeps the services whose code or name contains it (case and diacritics ignored). Administrators see every institution's.",
        .serviceFamilySummary: "service descriptions",
        .serviceAddSummary: "a new, unpublished description",
        .serviceInstitutionOption: "the holder institution (administrators)",
        .serviceChannelsSummary: "set the channels of the description (replaces the list)",
        .servicePublishSummary: "publish the description; only published services take statistics",
        .serviceShowSummary: "the description",
    ]

    /// What the shell says: service descriptions, in English.
    static let englishServices: [ShellText: String] = [
        .yes: "yes",
        .no: "no",
        .noServices: "no services",
        .noServicesMatching: "no services matching '{text}'",
        .serviceAdded: "added {code} {name} ({institution}); next: service channels {code} CHANNEL...",
        .serviceChannelsSet: "{code} channels: {channels}",
        .servicePublished: "published {code} {name}",
        .fieldServiceName: "name",
        .fieldEService: "e-service",
        .noChannelsYet: "none",
        .eServiceYes: "yes: quality indicators apply",
    ]
}
