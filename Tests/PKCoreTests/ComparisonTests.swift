import PKCore
import Testing

/// Two years' counts side by side: the change, its percentage, totals and indicators.
@Suite struct ComparisonTests {
    private func counts(_ started: Int, _ completed: Int) -> ChannelCounts { ChannelCounts(started: started, completed: completed) }

    @Test func theChangeIsInStartedAndItsPercentageHasNoSign() {
        let fall = ComparedCounts(previous: counts(400, 400), current: counts(50, 60))
        #expect(fall.change == -350 && fall.percentChange == Percent(hundredths: 8750))
        let rise = ComparedCounts(previous: counts(3, 3), current: counts(4, 0))
        #expect(rise.change == 1 && rise.percentChange == Percent(hundredths: 3333))
    }

    @Test func fromNothingIsNewNotADivisionByZero() {
        #expect(ComparedCounts(previous: nil, current: counts(3, 3)).percentChange == nil)
        #expect(ComparedCounts(previous: .zero, current: counts(3, 3)).change == 3)
        #expect(ComparedCounts(previous: .zero, current: .zero).percentChange == nil)
        #expect(ComparedCounts(previous: counts(5, 4), current: nil).change == -5)
    }

    @Test func channelsOfEitherYearInTheCataloguesOrderWithTotalsAndIndicators() {
        let years = ComparedYears(previous: [.klatiene: counts(400, 400), .eLatvija: counts(100, 100)],
                                  current: [.pasts: counts(3, 3), .eLatvija: counts(400, 410), .klatiene: counts(50, 60)])
        #expect(years.channels.map(\.channel) == [.eLatvija, .klatiene, .pasts])
        #expect(years.channels[2].counts.previous == nil)
        #expect(years.totals == ComparedCounts(previous: counts(500, 500), current: counts(453, 473)))
        #expect(years.indicators.previous?.usage == .percent(Percent(hundredths: 2000)))
        #expect(years.indicators.current?.success == .percent(Percent(hundredths: 10250)))
        #expect(ComparedYears(previous: nil, current: [.pasts: counts(1, 1)]).indicators.previous == nil)
        #expect(!ComparedYears(previous: nil, current: [.pasts: counts(1, 1)]).hasEServiceChannel)
    }
}
