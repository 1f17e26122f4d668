/// A time of day in whole minutes from 0:00 to 24:00 (the end of the day, for hours that run to midnight).
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let minutes: Int

    public static let midnight = TimeOfDay(uncheckedMinutes: 0)
    public static let endOfDay = TimeOfDay(uncheckedMinutes: 24 * 60)

    /// A time from minutes after midnight; nil outside 0…1440.
    public init?(minutes: Int) {
        guard (0...24 * 60).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    private init(uncheckedMinutes: Int) { minutes = uncheckedMinutes }

    /// `8:30`, `08:30`, `8.30` or `17`; hours 0–24, minutes 00–59, and 24 only as `24:00`.
    public init?(typed text: Substring) {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let pieces = parts.count == 2 ? parts : text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let hourText = pieces.first, (1...2).contains(hourText.count), hourText.allSatisfy(\.isASCIIDigit),
              let hour = Int(hourText), hour <= 24 else { return nil }
        var minute = 0
        if pieces.count == 2 {
            guard pieces[1].count == 2, pieces[1].allSatisfy(\.isASCIIDigit), let typed = Int(pieces[1]), typed < 60 else { return nil }
            minute = typed
        }
        guard hour < 24 || minute == 0 else { return nil }
        self.minutes = hour * 60 + minute
    }

    /// `08:30`, as JSON and tables write it.
    public var description: String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + String(hours) + ":" + (rest < 10 ? "0" : "") + String(rest)
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
