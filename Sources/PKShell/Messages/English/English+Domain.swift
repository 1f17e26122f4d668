import PKCore

extension Catalogue {
    /// Errors of the domain: counts, channels, records, in English.
    static func englishDomain(_ key: CoreText) -> String {
        switch key {
        case .countNegative: "'{text}' is negative; counts are whole numbers from 0 to 1 000 000 000"
        case .countNotWholeNumber: "'{text}' is not a whole number; counts are whole numbers from 0 to 1 000 000 000"
        case .countTooLarge: "'{text}' is above 1 000 000 000, the largest count accepted"
        case .unknownChannel: "unknown channel '{text}' (channels: {channels})"
        case .ambiguousChannel: "channel '{text}' is ambiguous: {channels}"
        case .recordSubmitted: "the {year} record of {code} is submitted and can no longer be changed"
        case .channelNotOnDescription: "channel {channel} ({name}) is not on the description of {code} (its channels: {channels}); add it first: service channels {code} {withChannel}"
        case .computeWithCountsOffDescription: "{channel} is no longer on the description of {code} but has counts, which the indicators would include: unset {channel} first, or put it back on the description"
        case .channelNotOnRecord: "{channel} has no counts on this record of {code}, nor is it on the description (its channels: {channels}): nothing to clear"
        case .notAnEService: "{code} has no e-service channel (e-latvija, e-iestade); quality indicators apply to e-services only"
        case .completedExceedsStarted: "{channel}: completed ({completed}) is more than started ({started}); check the figures"
        case .hoursEmptyPart: "working hours: part {number} is empty; separate parts with one comma, e.g. P-C 8:30-17:00, Pk 8:30-15:00"
        case .hoursMissingDays: "working hours: '{part}' names no days; start it with a day letter (P O T C Pk S Sv) or Mon–Sun, e.g. P-C {part}"
        case .hoursMissingTime: "working hours: '{part}' has no time; write e.g. {part} 8:30-17:00"
        case .hoursUnknownDay: "working hours: '{day}' in '{part}' is not a day; days are P O T C Pk S Sv or Mon Tue Wed Thu Fri Sat Sun"
        case .hoursBackwardDays: "working hours: the days '{days}' in '{part}' run backwards; write them from the earlier day to the later (P-Sv)"
        case .hoursNotASpan: "working hours: '{span}' in '{part}' is not a span of time; write it as START-END, e.g. 8:30-17:00"
        case .hoursNotATime: "working hours: '{time}' in '{part}' is not a time of day; write H:MM from 0:00 to 24:00"
        case .hoursEndNotAfterStart: "working hours: '{span}' in '{part}' does not end after it starts; the end must be later than the start"
        case .hoursOverlap: "working hours: '{part}' overlaps '{earlier}' on {day}; periods of one day must not overlap"
        case .unknownLanguage: "unknown language '{name}' in {source}; use lv (latviešu) or en (English)"
        case .reasonNoSuchFile: "no such file or folder"
        case .reasonPermissionDenied: "permission denied"
        case .reasonIsFolder: "it is a folder"
        case .reasonDiskFull: "no space left on the disk"
        case .reasonReadOnly: "the file system is read-only"
        }
    }
}
