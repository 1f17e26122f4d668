import Foundation

/// Where "now" comes from: the system clock in local time, or a fixed moment for tests and demos.
public struct Clock: Sendable {
    private let read: @Sendable () -> Timestamp

    public init(_ read: @escaping @Sendable () -> Timestamp) { self.read = read }

    public func now() -> Timestamp { read() }
    public func today() -> CalendarDate { read().date }

    /// The system clock in the local time zone (`$TZ`, else the system's), from the C library: Foundation's
    /// Calendar cost 1.4 million instructions on first use, a twentieth of starting pks (callgrind).
    public static let system = Clock {
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let date = CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
        return Timestamp(date: date, hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: min(Int(parts.tm_sec), 59))!
    }

    /// Always the same moment.
    public static func fixed(_ moment: Timestamp) -> Clock { Clock { moment } }

    /// A given day with the system's time of day.
    public static func day(_ date: CalendarDate) -> Clock {
        Clock {
            let real = Clock.system.now()
            return Timestamp(date: date, hour: real.hour, minute: real.minute, second: real.second)!
        }
    }
}
