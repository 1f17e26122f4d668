import PKCore
import Testing

@Suite struct IndicatorTests {
    /// DOMAIN.md's worked example: 015A, 2019.
    let workedExample: [Channel: ChannelCounts] = [
        .eLatvija: ChannelCounts(started: 2378, completed: 2245),
        .klatiene: ChannelCounts(started: 2100, completed: 2100),
    ]

    @Test func workedExampleGivesSuccess9441AndUsage5310() {
        let indicators = QualityIndicators.compute(from: workedExample)
        #expect(indicators.success == .percent(Percent(hundredths: 9441)))
        #expect(indicators.usage == .percent(Percent(hundredths: 5310)))
        #expect(indicators.success.percent?.description == "94.41")
        #expect(indicators.usage.percent?.description == "53.10")
        #expect((indicators.eStarted, indicators.eCompleted, indicators.allStarted) == (2378, 2245, 4478))
    }

    @Test func recordWithoutEServiceChannelIsNotApplicable() {
        let indicators = QualityIndicators.compute(from: [.klatiene: ChannelCounts(started: 5, completed: 5)])
        #expect(indicators.success == .notApplicable)
        #expect(indicators.usage == .notApplicable)
    }

    @Test func zeroERequestsIsNotComputable() {
        let indicators = QualityIndicators.compute(from: [.eIestade: .zero, .pasts: .zero])
        #expect(indicators.success == .notComputable)
        #expect(indicators.usage == .notComputable)
    }

    @Test func bothEChannelsAreSummed() {
        let indicators = QualityIndicators.compute(from: [
            .eLatvija: ChannelCounts(started: 10, completed: 9),
            .eIestade: ChannelCounts(started: 30, completed: 27),
            .klatiene: ChannelCounts(started: 60, completed: 60),
        ])
        #expect(indicators.success.percent?.description == "90.00")
        #expect(indicators.usage.percent?.description == "40.00")
    }

    @Test(arguments: [(1, 3, "33.33"), (2, 3, "66.67"), (1, 8, "12.50"), (1, 200_000, "0.00"), (3, 2, "150.00")])
    func percentRoundsHalfUpToTwoDecimals(numerator: Int, denominator: Int, expected: String) {
        #expect(Percent(numerator: numerator, denominator: denominator)?.description == expected)
    }

    @Test func largestCountsDoNotOverflow() {
        let huge = ChannelCounts(started: Count.maximum, completed: Count.maximum)
        let counts = Dictionary(uniqueKeysWithValues: Channel.allCases.map { ($0, huge) })
        let indicators = QualityIndicators.compute(from: counts)
        #expect(indicators.success.percent?.description == "100.00")
        #expect(indicators.usage.percent?.description == "18.18")
    }
}
