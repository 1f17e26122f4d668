import Foundation

/// Where "now" comes from: the system clock in local time, or a fixed moment for tests and demos.
public struct Clock: Sendable {
    private let read: @Sendable () -> Timestamp

    public init(_ read: @escaping @Sendable () -> Timestamp) { self.read = read }

    public func now() -> Timestamp { read() }
    public func today() -> CalendarDate { read().date }

    /// The system clock in the local time zone.
    public static let system = Clock {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        let date = CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
        return Timestamp(date: date, hour: parts.hour!, minute: parts.minute!, second: parts.second!)!
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
