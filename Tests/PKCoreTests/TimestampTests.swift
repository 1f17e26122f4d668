import PKCore
import Testing

@Suite struct TimestampTests {
    @Test func workedExampleTimestampPrintsInAllThreeFormats() throws {
        let stamp = try #require(Timestamp(iso: "2019-12-17 09:43:01"))
        #expect(stamp.latvian == "17.12.2019 09:43:01")
        #expect(stamp.iso == "2019-12-17T09:43:01")
        #expect(stamp.description == "2019-12-17 09:43:01")
    }

    @Test func bothSeparatorsParseToTheSameMoment() {
        #expect(Timestamp(iso: "2019-12-17T09:43:01") == Timestamp(iso: "2019-12-17 09:43:01"))
    }

    @Test func componentsArePaddedToTwoDigits() throws {
        let date = try #require(CalendarDate(year: 2020, month: 1, day: 5))
        let stamp = try #require(Timestamp(date: date, hour: 7, minute: 3, second: 9))
        #expect(stamp.description == "2020-01-05 07:03:09")
        #expect(stamp.latvian == "05.01.2020 07:03:09")
    }

    @Test(arguments: ["2019-12-17 24:00:00", "2019-12-17 23:60:00", "2019-12-17 23:59:60", "2019-12-17 9:43:01",
                      "2019-12-17x09:43:01", "2019-02-29 10:00:00", "2019-12-17 09:43", "2019-12-17 09:43:01Z",
                      "2019-12-17 09-43-01", "2019-12-17 0a:43:01", ""])
    func invalidTimestampsAreRefused(text: String) {
        #expect(Timestamp(iso: text) == nil)
    }

    @Test func outOfRangeComponentsAreRefused() throws {
        let date = try #require(CalendarDate(iso: "2019-12-17"))
        #expect(Timestamp(date: date, hour: 24, minute: 0, second: 0) == nil)
        #expect(Timestamp(date: date, hour: -1, minute: 0, second: 0) == nil)
        #expect(Timestamp(date: date, hour: 23, minute: 59, second: 59) != nil)
    }

    @Test func timestampsOrderChronologically() throws {
        let a = try #require(Timestamp(iso: "2019-12-17 09:43:01"))
        let b = try #require(Timestamp(iso: "2019-12-17 10:00:00"))
        let c = try #require(Timestamp(iso: "2020-01-01 00:00:00"))
        #expect(a < b && b < c)
        #expect(!(c < a))
    }

    @Test func fixedClockAlwaysReturnsTheSameMoment() throws {
        let stamp = try #require(Timestamp(iso: "2020-03-02 10:15:00"))
        let clock = Clock.fixed(stamp)
        #expect(clock.now() == stamp)
        #expect(clock.today() == CalendarDate(iso: "2020-03-02"))
    }
}
