/// Why typed working hours were refused, naming the part that is wrong (and the part it is in).
public enum HoursError: Error, Equatable, Localized {
    /// Nothing between two separators (the number counts parts from 1).
    case emptyPart(number: Int)
    /// A part with times but no days (`8:30-17:00`).
    case missingDays(String)
    /// A part with days but no time (`P-C`).
    case missingTime(String)
    case unknownDay(String, String)
    /// A range of days that runs backwards (`Pk-P`).
    case backwardDays(String, String)
    /// A time span without two ends (`8:30`, `8:30-`).
    case notASpan(String, String)
    case notATime(String, String)
    case endNotAfterStart(String, String)
    /// A part whose span overlaps an earlier part's on a day.
    case overlap(String, String, day: Weekday)

    public var message: Message {
        switch self {
        case .emptyPart(let number): Message(CoreText.hoursEmptyPart, ["number": number])
        case .missingDays(let part): Message(CoreText.hoursMissingDays, ["part": part])
        case .missingTime(let part): Message(CoreText.hoursMissingTime, ["part": part])
        case .unknownDay(let day, let part): Message(CoreText.hoursUnknownDay, ["day": day, "part": part])
        case .backwardDays(let days, let part): Message(CoreText.hoursBackwardDays, ["days": days, "part": part])
        case .notASpan(let span, let part): Message(CoreText.hoursNotASpan, ["span": span, "part": part])
        case .notATime(let time, let part): Message(CoreText.hoursNotATime, ["time": time, "part": part])
        case .endNotAfterStart(let span, let part): Message(CoreText.hoursEndNotAfterStart, ["span": span, "part": part])
        case .overlap(let part, let earlier, let day):
            Message(CoreText.hoursOverlap, ["part": part, "earlier": earlier, "day": day.letter])
        }
    }
}
