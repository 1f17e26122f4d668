import PKCore

extension Catalogue {
    /// Errors of the domain: counts, channels, records, in English.
    static let englishDomain: [CoreText: String] = [
        .countNegative: "'{text}' is negative; counts are whole numbers from 0 to 1 000 000 000",
        .countNotWholeNumber: "'{text}' is not a whole number; counts are whole numbers from 0 to 1 000 000 000",
        .countTooLarge: "'{text}' is above 1 000 000 000, the largest count accepted",
        .unknownChannel: "unknown channel '{text}' (channels: {channels})",
        .ambiguousChannel: "channel '{text}' is ambiguous: {channels}",
        .recordSubmitted: "the {year} record of {code} is submitted and can no longer be changed",
        .channelNotOnDescription: "channel {channel} ({name}) is not on the description of {code} (its channels: {channels}); add it first: service channels {code} {withChannel}",
        .notAnEService: "{code} has no e-service channel (e-latvija, e-iestade); quality indicators apply to e-services only",
        .completedExceedsStarted: "{channel}: completed ({completed}) is more than started ({started}); check the figures",
        .unknownLanguage: "unknown language '{name}' in {source}; use lv (latviešu) or en (English)",
        .reasonNoSuchFile: "no such file or folder",
        .reasonPermissionDenied: "permission denied",
        .reasonIsFolder: "it is a folder",
        .reasonDiskFull: "no space left on the disk",
        .reasonReadOnly: "the file system is read-only",
    ]
}
