/// Reporting years and their deadline: figures for year Y are due by 1 April of Y+1.
public enum ReportingCalendar {
    /// The oldest reporting year accepted.
    public static let firstYear = 2000

    /// The year a session starts on: the previous calendar year.
    public static func defaultYear(today: CalendarDate) -> Int { today.year - 1 }

    /// 1 April of the year after the reporting year.
    public static func deadline(of year: Int) -> CalendarDate { CalendarDate(year: year + 1, month: 4, day: 1)! }

    /// Days from today until the deadline; negative once it has passed.
    public static func daysLeft(for year: Int, today: CalendarDate) -> Int {
        deadline(of: year).dayNumber - today.dayNumber
    }

    /// Years that may carry statistics: from `firstYear` to the current one.
    public static func acceptedYears(today: CalendarDate) -> ClosedRange<Int> { firstYear...today.year }

    /// The reporting year a user typed (four digits, an accepted year), or nil.
    public static func year(_ text: String, today: CalendarDate) -> Int? {
        guard text.count == 4, let year = Int(text), acceptedYears(today: today).contains(year) else { return nil }
        return year
    }
}
