import PKCore
import Testing

@Suite struct StatisticsRecordTests {
    static let carnikava = Institution(id: 1, code: "CARN", name: "Carnikavas novada pašvaldība")
    static let eService = Service(id: 7, code: "015A", name: "Iesniegums Carnikavai", institution: carnikava,
                                  channels: [.klatiene, .eLatvija], isPublished: true)
    static let paperService = Service(id: 8, code: "020B", name: "Izziņa", institution: carnikava,
                                      channels: [.pasts, .klatiene], isPublished: true)

    private func workedExample() throws -> StatisticsRecord {
        var record = StatisticsRecord.newDraft(of: Self.eService, year: 2019)
        _ = try record.set(.eLatvija, ChannelCounts(started: 2378, completed: 2245))
        _ = try record.set(.klatiene, ChannelCounts(started: 2100, completed: 2100))
        try record.setComplaints(4)
        try record.setDelays(10)
        return record
    }

    @Test func newDraftHasZeroCountsOnExactlyTheDescribedChannels() {
        let record = StatisticsRecord.newDraft(of: Self.eService, year: 2019)
        #expect(record.channels == [.eLatvija, .klatiene])
        #expect(record.counts == [.eLatvija: .zero, .klatiene: .zero])
        #expect(record.totals == .zero)
        #expect((record.complaints, record.delays) == (0, 0))
        #expect(record.status == .draft && record.id == nil && record.revision == 0 && record.updated == nil)
        #expect(record.indicators == nil && !record.indicatorsStale)
    }

    @Test func setRecordsCountsAndTotalsSumAllChannels() throws {
        let record = try workedExample()
        #expect(record.counts[.eLatvija] == ChannelCounts(started: 2378, completed: 2245))
        #expect(record.totals == ChannelCounts(started: 4478, completed: 4345))
        #expect((record.complaints, record.delays) == (4, 10))
    }

    @Test func settingAChannelNotOnTheDescriptionThrowsAndChangesNothing() {
        var record = StatisticsRecord.newDraft(of: Self.eService, year: 2019)
        #expect(throws: RecordError.channelNotOnDescription(.pasts, service: Self.eService)) {
            try record.set(.pasts, ChannelCounts(started: 1, completed: 1))
        }
        #expect(record.counts[.pasts] == nil)
        #expect(record.channels == [.eLatvija, .klatiene])
    }

    @Test func completedAboveStartedIsAWarningNotAnError() throws {
        var record = StatisticsRecord.newDraft(of: Self.eService, year: 2019)
        let counts = ChannelCounts(started: 5, completed: 6)
        let warnings = try record.set(.klatiene, counts)
        #expect(warnings == [.completedExceedsStarted(.klatiene, counts)])
        #expect(record.counts[.klatiene] == counts)
        #expect(try record.set(.klatiene, ChannelCounts(started: 6, completed: 6)).isEmpty)
    }

    @Test func computeGivesTheWorkedExampleIndicators() throws {
        var record = try workedExample()
        let indicators = try record.computeIndicators()
        #expect(indicators.success.percent?.description == "94.41")
        #expect(indicators.usage.percent?.description == "53.10")
        #expect(record.indicators == indicators)
        #expect(!record.indicatorsStale)
    }

    @Test func computeOnARecordWithoutEServiceChannelThrows() {
        var record = StatisticsRecord.newDraft(of: Self.paperService, year: 2019)
        #expect(throws: RecordError.notAnEService(Self.paperService)) { try record.computeIndicators() }
        #expect(record.indicators == nil)
    }

    @Test func changingCountsAfterComputeMarksIndicatorsStaleUntilRecomputed() throws {
        var record = try workedExample()
        try record.computeIndicators()
        _ = try record.set(.eLatvija, ChannelCounts(started: 2378, completed: 2245))
        #expect(!record.indicatorsStale, "setting the same counts again changes nothing")
        _ = try record.set(.eLatvija, ChannelCounts(started: 2400, completed: 2245))
        #expect(record.indicatorsStale)
        try record.computeIndicators()
        #expect(!record.indicatorsStale)
        #expect(record.indicators?.eStarted == 2400)
    }

    @Test func changingCountsBeforeAnyComputeDoesNotMarkStale() throws {
        var record = try workedExample()
        _ = try record.set(.klatiene, ChannelCounts(started: 1, completed: 1))
        #expect(!record.indicatorsStale)
    }

    @Test func changingAnotherChannelsCompletedCountLeavesTheIndicatorsCurrent() throws {
        var record = try workedExample()
        try record.computeIndicators()
        _ = try record.set(.klatiene, ChannelCounts(started: 2100, completed: 1))
        #expect(!record.indicatorsStale, "neither indicator uses completed counts outside the e-channels")
        _ = try record.set(.klatiene, ChannelCounts(started: 2000, completed: 1))
        #expect(record.indicatorsStale, "the usage degree divides by started over all channels")
    }

    @Test func submittedRecordRefusesEveryChange() throws {
        var record = try workedExample()
        try record.computeIndicators()
        record.status = .submitted
        let before = record
        let refusal = RecordError.submitted(Self.eService, year: 2019)
        #expect(throws: refusal) { try record.set(.klatiene, ChannelCounts(started: 1, completed: 1)) }
        #expect(throws: refusal) { try record.setComplaints(99) }
        #expect(throws: refusal) { try record.setDelays(99) }
        #expect(throws: refusal) { try record.computeIndicators() }
        #expect(record == before)
    }
}
