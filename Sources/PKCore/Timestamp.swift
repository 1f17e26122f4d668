/// A local wall-clock time to the second, as the catalogue shows "last updated".
public struct Timestamp: Sendable, Equatable, Comparable, CustomStringConvertible {
    public let date: CalendarDate
    public let hour: Int
    public let minute: Int
    public let second: Int

    public init?(date: CalendarDate, hour: Int, minute: Int, second: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second) else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Parses `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DDTHH:MM:SS`.
    public init?(iso text: String) {
        guard text.count == 19 else { return nil }
        let separator = text.index(text.startIndex, offsetBy: 10)
        guard text[separator] == " " || text[separator] == "T",
              let date = CalendarDate(iso: String(text[..<separator])) else { return nil }
        let clock = text[text.index(after: separator)...].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, clock.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Int(clock[2]) else { return nil }
        self.init(date: date, hour: hour, minute: minute, second: second)
    }

    /// `YYYY-MM-DD HH:MM:SS`: exports and the database.
    public var description: String { "\(date) \(clock)" }

    /// `YYYY-MM-DDTHH:MM:SS`: JSON.
    public var iso: String { "\(date)T\(clock)" }

    /// `DD.MM.YYYY HH:MM:SS`: the form.
    public var latvian: String { "\(date.latvian) \(clock)" }

    /// Seconds since 1970-01-01 00:00:00 in the same wall-clock time, for differences between timestamps.
    public var seconds: Int { date.dayNumber * 86_400 + hour * 3_600 + minute * 60 + second }

    private var clock: String { "\(CalendarDate.pad(hour)):\(CalendarDate.pad(minute)):\(CalendarDate.pad(second))" }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.description < rhs.description }
}
