import PKCore
import Testing

@Suite struct ReportingCalendarTests {
    private func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test(arguments: [("2020-03-02", 2019), ("2020-01-01", 2019), ("2020-12-31", 2019), ("2021-01-01", 2020)])
    func defaultYearIsThePreviousCalendarYear(today: String, year: Int) {
        #expect(ReportingCalendar.defaultYear(today: day(today)) == year)
    }

    @Test(arguments: [2019, 2020, 2023])
    func deadlineIsTheFirstOfAprilOfTheNextYear(year: Int) {
        #expect(ReportingCalendar.deadline(of: year) == CalendarDate(year: year + 1, month: 4, day: 1))
    }

    @Test(arguments: [("2020-03-02", 30), ("2020-03-31", 1), ("2020-04-01", 0), ("2020-04-02", -1),
                      ("2020-01-01", 91), ("2019-12-31", 92), ("2021-04-01", -365)])
    func daysLeftCountDownToTheDeadlineAndGoNegativeAfter(today: String, days: Int) {
        #expect(ReportingCalendar.daysLeft(for: 2019, today: day(today)) == days)
    }

    @Test func daysLeftCountsTheLeapDay() {
        // 2021-01-01 to 2021-04-01 has no 29 February; 2020-01-01 to 2020-04-01 has one.
        #expect(ReportingCalendar.daysLeft(for: 2020, today: day("2021-01-01")) == 90)
        #expect(ReportingCalendar.daysLeft(for: 2019, today: day("2020-01-01")) == 91)
    }

    @Test func acceptedYearsRunFromTheFirstYearToTheCurrentOne() {
        #expect(ReportingCalendar.acceptedYears(today: day("2020-03-02")) == 2000...2020)
    }
}
