/// One span of a day when a channel is open (`P 08:30–12:00`); its end is after its start.
public struct OpeningPeriod: Sendable, Hashable, Comparable {
    public let day: Weekday
    public let opens: TimeOfDay
    public let closes: TimeOfDay

    /// A period; nil unless it ends after it starts.
    public init?(day: Weekday, opens: TimeOfDay, closes: TimeOfDay) {
        guard opens < closes else { return nil }
        self.day = day
        self.opens = opens
        self.closes = closes
    }

    /// Whether the two share a moment of the same day (touching ends do not: 8:30–12:00 and 12:00–17:00 are fine).
    public func overlaps(_ other: OpeningPeriod) -> Bool {
        day == other.day && opens < other.closes && other.opens < closes
    }

    public static func < (lhs: OpeningPeriod, rhs: OpeningPeriod) -> Bool {
        (lhs.day, lhs.opens) < (rhs.day, rhs.opens)
    }
}
