/// A calendar day without time zone (validity dates, deadlines, `$PKS_TODAY`).
public struct CalendarDate: Sendable, Equatable, Comparable, Hashable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date of the proleptic Gregorian calendar, or nil.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: String) {
        self.init(iso: Array(text.utf8)[...])
    }

    /// Parses `YYYY-MM-DD` or the Latvian `DD.MM.YYYY`.
    public init?(typed text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[2] == UInt8(ascii: "."), bytes[5] == UInt8(ascii: ".") else {
            self.init(iso: bytes[...])
            return
        }
        var iso = Array(bytes[6..<10])
        iso.append(UInt8(ascii: "-"))
        iso += bytes[3..<5]
        iso.append(UInt8(ascii: "-"))
        iso += bytes[0..<2]
        self.init(iso: iso[...])
    }

    /// Parses `YYYY-MM-DD` in UTF-8, byte by byte: every store call reads a validity date, and splitting
    /// strings with Unicode-aware digit checks cost 15,000 instructions a date (callgrind).
    init?<Bytes: RandomAccessCollection<UInt8>>(iso bytes: Bytes) where Bytes.Index == Int {
        let start = bytes.startIndex
        guard bytes.count == 10, bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
              let year = Self.number(bytes[start..<start + 4]), let month = Self.number(bytes[start + 5..<start + 7]),
              let day = Self.number(bytes[start + 8..<start + 10]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`.
    public var description: String { Self.text { append(to: &$0) } }

    /// `DD.MM.YYYY`, as Latvian forms write dates.
    public var latvian: String { Self.text { Self.append((day, 2), (month, 2), (year, 4), separator: ".", to: &$0) } }

    /// Appends `YYYY-MM-DD`.
    func append(to text: inout [UInt8]) {
        Self.append((year, 4), (month, 2), (day, 2), separator: "-", to: &text)
    }

    /// Days since 1970-01-01 (negative before), for differences between dates.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The text that `write` appends, in UTF-8, to nothing; dates and times are written byte by byte, as
    /// string interpolation cost 6,000 instructions a timestamp (callgrind).
    static func text(_ write: (inout [UInt8]) -> Void) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(19)
        write(&text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends three fields (value, width), each as `DecimalText.append(_:width:to:)` writes it, with `separator` between;
    /// as a tuple, not an array: an export writes a date and a time for every record.
    static func append(_ first: (Int, Int), _ second: (Int, Int), _ third: (Int, Int), separator: Unicode.Scalar,
                       to text: inout [UInt8]) {
        DecimalText.append(first.0, width: first.1, to: &text)
        text.append(UInt8(ascii: separator))
        DecimalText.append(second.0, width: second.1, to: &text)
        text.append(UInt8(ascii: separator))
        DecimalText.append(third.0, width: third.1, to: &text)
    }

    /// The value of ASCII decimal digits, or nil when there is another byte among them.
    static func number(_ digits: some Collection<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
