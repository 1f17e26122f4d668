import PKCore

extension Catalogue {
    /// Help of service descriptions, in English.
    static func englishServicesHelp(_ key: HelpText) -> String? {
        switch key {
        case .metaCode: "CODE"
        case .servicesSummary: "your institution's services: code, name, published or not, channels"
        case .servicesDetails: "TEXT keeps the services whose code or name contains it (case and diacritics ignored). Administrators see every institution's."
        case .serviceFamilySummary: "service descriptions"
        case .serviceAddSummary: "a new, unpublished description"
        case .serviceInstitutionOption: "the holder institution (administrators)"
        case .serviceChannelsSummary: "set the channels of the description (replaces the list)"
        case .servicePublishSummary: "publish the description; only published services take statistics"
        case .serviceShowSummary: "the description"
        case .serviceShowDetails: "Each channel is shown with its contact and its working hours, day by day."
        case .serviceJSONOption: "one JSON object: code, name, institution, published, description, channels with contact and hours"
        case .serviceRenameSummary: "correct the name of the description"
        case .serviceDescribeSummary: "set the short description"
        case .serviceDescribeDetails: "One line of up to 2000 characters; \"\" clears it."
        case .serviceContactSummary: "where a channel is reached: address, phone, e-mail or web address"
        case .serviceContactDetails: "CHANNEL must be on the description (service channels). \"\" clears the contact."
        case .metaHours: "\"HOURS\""
        case .serviceHoursSummary: "working hours of a channel"
        case .serviceHoursDetails: "Days: P O T C Pk S Sv (or Mon Tue Wed Thu Fri Sat Sun), alone or as a range (P-C); then one or more times START-END from 0:00 to 24:00. Parts are separated by commas, and a day may have several periods (a lunch break): \"P-C 8:30-12:00 12:30-17:00, Pk 8:30-15:00\". Periods must not overlap. \"\" clears the hours."
        case .serviceUnpublishSummary: "withdraw the description; its records stay, no new ones can be added"
        case .serviceDeleteSummary: "delete the description and its drafts"
        case .serviceDeleteDetails: "Refused when the service has submitted statistics. Asks for confirmation at a terminal unless --yes; in a script, a service with drafts is deleted only with --yes."
        default: nil
        }
    }

    /// What the shell says: service descriptions, in English.
    static func englishServices(_ key: ShellText) -> String? {
        switch key {
        case .yes: "yes"
        case .no: "no"
        case .noServices: "no services"
        case .noServicesMatching: "no services matching '{text}'"
        case .serviceAdded: "added {code} {name} ({institution}); next: service channels {code} CHANNEL..."
        case .serviceChannelsSet: "{code} channels: {channels}"
        case .servicePublished: "published {code} {name}"
        case .serviceAlreadyPublished: "{code} {name} was already published; nothing changed"
        case .serviceWasNotPublished: "{code} {name} was not published; nothing changed"
        case .fieldServiceName: "name"
        case .fieldEService: "e-service"
        case .noChannelsYet: "none"
        case .eServiceYes: "yes: quality indicators apply"
        case .serviceRenamed: "{code} is now called {name}"
        case .serviceDescribed: "{code}: short description saved"
        case .serviceDescriptionCleared: "{code}: short description cleared"
        case .channelContactSet: "{code} {channel}: contact saved"
        case .channelContactCleared: "{code} {channel}: contact cleared"
        case .channelHoursSet: "{code} {channel}: working hours {hours}"
        case .channelHoursCleared: "{code} {channel}: working hours cleared"
        case .serviceUnpublished: "withdrew {code} {name}; its records stay, no new ones can be added"
        case .confirmDeleteService: "Delete {code} {name}? This cannot be undone."
        case .deleteNeedsYes: "deleting {code} would also delete its {n:draft|drafts} of {years}; add --yes to delete {n:it|them} with the description"
        case .confirmDeleteServiceAndDrafts: "Delete {code} {name} and its {n:draft|drafts} of {years}? This cannot be undone."
        case .serviceDeleted: "deleted {code} {name}"
        case .serviceDeletedAndDrafts: "deleted {code} {name} and its {n:draft|drafts} of {years}"
        case .fieldDescription: "description"
        case .fieldContact: "contact"
        case .fieldHours: "hours"
        case .notGiven: "not given"
        case .notGivenPlural: "not given"
        case .notGivenFeminine: "not given"
        case .columnDay: "day"
        case .dayClosed: "closed"
        default: nil
        }
    }
}
