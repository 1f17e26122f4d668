import PKCore
import Testing

@Suite struct CalendarDateTests {
    @Test(arguments: ["2020-02-29", "2000-02-29", "2024-02-29", "2019-02-28", "2019-12-31", "0001-01-01", "9999-12-31"])
    func validDatesParseAndPrintBack(text: String) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect(date.description == text)
    }

    @Test(arguments: ["2019-02-29", "1900-02-29", "2100-02-29", "2019-04-31", "2019-13-01", "2019-00-10",
                      "2019-01-00", "2019-01-32", "0000-01-01"])
    func impossibleDatesAreRefused(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test(arguments: ["2019-2-03", "19-02-03", "2019/02/03", "2019-02-03 ", "2019-02-3", "", "2019-02", "2019-0a-03",
                      "+019-02-03", "2019-02-03-01", "２０１９-02-03"])
    func malformedTextIsRefused(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test(arguments: [("31.12.2020", "2020-12-31"), ("29.02.2020", "2020-02-29"), ("2020-12-31", "2020-12-31")])
    func typedDatesMayBeLatvianOrISO(text: String, iso: String) throws {
        #expect(try #require(CalendarDate(typed: text)).description == iso)
    }

    @Test(arguments: ["29.02.2019", "1.12.2020", "31.12.20", "31.12.2020.", "31-12-2020", "aa.12.2020", ""])
    func impossibleOrMalformedTypedDatesAreRefused(text: String) {
        #expect(CalendarDate(typed: text) == nil)
    }

    @Test func componentInitializerChecksLeapYears() {
        #expect(CalendarDate(year: 2020, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2019, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2019, month: 6, day: 31) == nil)
        #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test func datesPrintWithPaddingInBothFormats() throws {
        let date = try #require(CalendarDate(year: 987, month: 3, day: 4))
        #expect(date.description == "0987-03-04")
        #expect(date.latvian == "04.03.0987")
        #expect(CalendarDate(iso: "2019-12-17")?.latvian == "17.12.2019")
    }

    @Test func dayNumberCountsFromTheUnixEpoch() {
        #expect(CalendarDate(iso: "1970-01-01")?.dayNumber == 0)
        #expect(CalendarDate(iso: "1970-01-02")?.dayNumber == 1)
        #expect(CalendarDate(iso: "1969-12-31")?.dayNumber == -1)
        #expect(CalendarDate(iso: "2000-01-01")?.dayNumber == 10_957)
    }

    @Test(arguments: [("2020-02-28", "2020-03-01", 2), ("2019-02-28", "2019-03-01", 1), ("2019-01-01", "2020-01-01", 365),
                      ("2020-01-01", "2021-01-01", 366), ("2019-12-31", "2020-01-01", 1), ("2020-03-02", "2020-04-01", 30)])
    func dayNumberDifferencesAreDaysBetween(from: String, to: String, days: Int) throws {
        let start = try #require(CalendarDate(iso: from)), end = try #require(CalendarDate(iso: to))
        #expect(end.dayNumber - start.dayNumber == days)
    }

    @Test func datesOrderChronologically() throws {
        let a = try #require(CalendarDate(iso: "2019-12-31")), b = try #require(CalendarDate(iso: "2020-01-01"))
        #expect(a < b)
        #expect(!(b < a))
        #expect([b, a].sorted() == [a, b])
    }
}
