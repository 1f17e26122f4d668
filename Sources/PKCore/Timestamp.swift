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

    /// Parses `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DDTHH:MM:SS`, byte by byte (as `CalendarDate`).
    public init?(iso text: String) {
        var text = text
        guard let stamp = text.withUTF8(Timestamp.init(iso:)) else { return nil }
        self = stamp
    }

    /// The same, from UTF-8 bytes (a database column's), with no `String` made.
    public init?(iso bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 19, bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let date = CalendarDate(iso: bytes[0..<10]), let hour = CalendarDate.number(bytes[11..<13]),
              let minute = CalendarDate.number(bytes[14..<16]), let second = CalendarDate.number(bytes[17..<19])
        else { return nil }
        self.init(date: date, hour: hour, minute: minute, second: second)
    }

    /// `YYYY-MM-DD HH:MM:SS`: exports and the database.
    public var description: String { CalendarDate.text { append(to: &$0) } }

    /// Appends `YYYY-MM-DD HH:MM:SS` as UTF-8, for exports that write bytes.
    public func append(to text: inout [UInt8]) {
        date.append(to: &text)
        text.append(UInt8(ascii: " "))
        appendTime(to: &text)
    }

    /// `YYYY-MM-DDTHH:MM:SS`: JSON.
    public var iso: String { text(date.append, separator: "T") }

    /// `DD.MM.YYYY HH:MM:SS`: the form.
    public var latvian: String { text({ $0.append(contentsOf: date.latvian.utf8) }, separator: " ") }

    /// Seconds since 1970-01-01 00:00:00 in the same wall-clock time, for differences between timestamps.
    public var seconds: Int { date.dayNumber * 86_400 + hour * 3_600 + minute * 60 + second }

    /// The date as `appendDate` writes it, `separator`, then `HH:MM:SS`.
    private func text(_ appendDate: (inout [UInt8]) -> Void, separator: Unicode.Scalar) -> String {
        CalendarDate.text { text in
            appendDate(&text)
            text.append(UInt8(ascii: separator))
            appendTime(to: &text)
        }
    }

    /// Appends `HH:MM:SS`.
    private func appendTime(to text: inout [UInt8]) {
        CalendarDate.append((hour, 2), (minute, 2), (second, 2), separator: ":", to: &text)
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }
}
