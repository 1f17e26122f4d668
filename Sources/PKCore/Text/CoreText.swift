/// The names of the domain's messages: refused counts, channels and records, languages, system reasons.
/// Their texts are in each language's catalogue (PKShell/Messages).
public enum CoreText: String, MessageKey, CaseIterable {
    case countNegative
    case countNotWholeNumber
    case countTooLarge
    case unknownChannel
    case ambiguousChannel
    case recordSubmitted
    case channelNotOnDescription
    case channelNotOnRecord
    case computeWithCountsOffDescription
    case notAnEService
    case completedExceedsStarted
    case hoursEmptyPart
    case hoursMissingDays
    case hoursMissingTime
    case hoursUnknownDay
    case hoursBackwardDays
    case hoursNotASpan
    case hoursNotATime
    case hoursEndNotAfterStart
    case hoursOverlap
    case unknownLanguage
    case reasonNoSuchFile
    case reasonPermissionDenied
    case reasonIsFolder
    case reasonDiskFull
    case reasonReadOnly
}
