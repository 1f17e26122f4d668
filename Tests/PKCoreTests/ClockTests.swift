import Foundation
import PKCore
import Testing

@Suite struct ClockTests {
    /// The C library's local time agrees with Foundation's calendar in the same time zone.
    @Test func systemClockReadsLocalTimeLikeFoundation() throws {
        let before = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        let now = Clock.system.now()
        let after = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        let seen = [before, after].map { ($0.year!, $0.month!, $0.day!, $0.hour!, $0.minute!) }
        #expect(seen.contains { $0 == (now.date.year, now.date.month, now.date.day, now.hour, now.minute) })
    }

    @Test func fixedAndDayClocks() throws {
        let moment = try #require(Timestamp(iso: "2019-12-17T09:43:01"))
        #expect(Clock.fixed(moment).now() == moment)
        let day = try #require(CalendarDate(iso: "2020-03-02"))
        #expect(Clock.day(day).today() == day)
    }
}
