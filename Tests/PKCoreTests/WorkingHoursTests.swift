import PKCore
import Testing

@Suite struct WorkingHoursTests {
    private func hours(_ text: String) throws -> String { try WorkingHours(typed: text).typedForm }

    @Test func latvianDayLettersAndRangesAreRead() throws {
        #expect(try hours("P-C 8:30-17:00, Pk 8:30-15:00") == "P-C 08:30-17:00, Pk 08:30-15:00")
        #expect(try hours("S 10:00-14:00; Sv 10:00-12:00") == "S 10:00-14:00, Sv 10:00-12:00")
        #expect(try hours("p-pk 9:00-18:00") == "P-Pk 09:00-18:00")
    }

    @Test func englishDayNamesMeanTheSameDays() throws {
        #expect(try WorkingHours(typed: "Mon-Thu 8:30-17:00, Fri 8:30-15:00") == WorkingHours(typed: "P-C 8:30-17:00, Pk 8:30-15:00"))
        #expect(try hours("monday 8-9, SUN 10:00-11:00") == "P 08:00-09:00, Sv 10:00-11:00")
    }

    @Test func aDayMayHaveSeveralPeriodsOfALunchBreak() throws {
        let lunch = try WorkingHours(typed: "P 8:30-12:00, P 12:30-17:00")
        #expect(lunch.periods(on: .monday).map(\.closes.description) == ["12:00", "17:00"])
        #expect(try hours("P-C 8:30-12:00 12:30-17:00") == "P-C 08:30-12:00, P-C 12:30-17:00")
    }

    @Test func periodsThatTouchDoNotOverlap() throws {
        #expect(try hours("P 8:00-12:00, P 12:00-16:00") == "P 08:00-12:00, P 12:00-16:00")
    }

    @Test func theWholeDayRunsFromMidnightToTwentyFour() throws {
        let allDay = try WorkingHours(typed: "P-Sv 0:00-24:00")
        #expect(allDay.periods.count == 7)
        #expect(allDay.typedForm == "P-Sv 00:00-24:00")
    }

    @Test func blanksAndDashesAreForgiven() throws {
        #expect(try hours("  P - C  8:30 - 17:00 ,Pk 8.30–15.00 ") == "P-C 08:30-17:00, Pk 08:30-15:00")
    }

    @Test func emptyTextIsNoHours() throws {
        #expect(try WorkingHours(typed: "").isEmpty)
        #expect(try WorkingHours(typed: "   ").isEmpty)
    }

    @Test func daysSharingTimesAreGroupedForJSON() throws {
        let groups = try WorkingHours(typed: "P 8:30-17:00, C 8:30-17:00, O 9:00-12:00").groups
        #expect(groups.map { $0.days.map(\.letter) } == [["P", "C"], ["O"]])
        #expect(try hours("P 8:30-17:00, T 8:30-17:00") == "P 08:30-17:00, T 08:30-17:00")
    }

    @Test func unknownDaysAreNamed() {
        #expect(throws: HoursError.unknownDay("X", "X 8:00-9:00")) { try WorkingHours(typed: "P 8-9, X 8:00-9:00") }
        #expect(throws: HoursError.unknownDay("Moon", "Moon-Fri 8-9")) { try WorkingHours(typed: "Moon-Fri 8-9") }
    }

    @Test func dayRangesMustRunForward() {
        #expect(throws: HoursError.backwardDays("Pk-P", "Pk-P 8:00-9:00")) { try WorkingHours(typed: "Pk-P 8:00-9:00") }
    }

    @Test func partsNeedDaysAndTimes() {
        #expect(throws: HoursError.missingDays("8:30-17:00")) { try WorkingHours(typed: "8:30-17:00") }
        #expect(throws: HoursError.missingTime("Pk")) { try WorkingHours(typed: "P 8-9, Pk") }
        #expect(throws: HoursError.emptyPart(number: 2)) { try WorkingHours(typed: "P 8-9,, O 8-9") }
    }

    @Test(arguments: ["25:00", "24:30", "8:60", "8:5", "123", "8:3a"])
    func timesOutsideTheDayAreNamed(time: String) {
        #expect(throws: HoursError.notATime(time, "P \(time)-23:00")) { try WorkingHours(typed: "P \(time)-23:00") }
    }

    @Test(arguments: ["8:30", "8:30-", "8:30-9:00-10:00"])
    func spansNeedTwoEnds(span: String) {
        #expect(throws: HoursError.notASpan(span, "P \(span)")) { try WorkingHours(typed: "P \(span)") }
    }

    @Test func theEndMustComeAfterTheStart() {
        #expect(throws: HoursError.endNotAfterStart("17:00-8:30", "P 17:00-8:30")) { try WorkingHours(typed: "P 17:00-8:30") }
        #expect(throws: HoursError.endNotAfterStart("9:00-9:00", "P 9:00-9:00")) { try WorkingHours(typed: "P 9:00-9:00") }
    }

    @Test func overlappingPeriodsAreNamedWithTheDay() {
        #expect(throws: HoursError.overlap("C 12:00-18:00", "P-Pk 8:30-17:00", day: .thursday)) {
            try WorkingHours(typed: "P-Pk 8:30-17:00, C 12:00-18:00")
        }
    }

    @Test func errorsNameThePartInBothWords() {
        let error = HoursError.notATime("25:00", "Pk 25:00-26:00")
        #expect(error.message.arguments["part"] as? String == "Pk 25:00-26:00")
        #expect(error.message.arguments["time"] as? String == "25:00")
    }
}
