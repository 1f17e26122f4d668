import PKCore
import Testing

@Suite struct CheckRuleTests {
    static let carnikava = Institution(id: 1, code: "CARN", name: "Carnikavas novada pašvaldība")
    static let eService = Service(id: 7, code: "015A", name: "Iesniegums Carnikavai", institution: carnikava,
                                  channels: [.eLatvija, .klatiene], isPublished: true)

    /// A draft of 015A with these counts, its indicators computed from them unless `computed` is false.
    private func record(_ counts: [Channel: ChannelCounts], complaints: Int = 0, delays: Int = 0,
                        computed: Bool = true, year: Int = 2019) -> StatisticsRecord {
        StatisticsRecord(id: 1, service: Self.eService, year: year, status: .draft, counts: counts, complaints: complaints,
                         delays: delays, indicators: computed ? QualityIndicators.compute(from: counts) : nil,
                         updated: nil, revision: 1)
    }

    private func rules(_ subject: CheckSubject) -> [CheckRule] { CheckRule.findings(for: subject).map(\.rule) }

    private let plausible: [Channel: ChannelCounts] = [.eLatvija: ChannelCounts(started: 200, completed: 190),
                                                      .klatiene: ChannelCounts(started: 100, completed: 100)]

    @Test func aPlausibleComputedRecordHasNoFindings() {
        #expect(rules(CheckSubject(record(plausible))).isEmpty)
    }

    @Test func everyRuleHasAStableIdentifierASeverityAndBothLanguages() {
        for rule in CheckRule.allCases {
            #expect(rule.rawValue.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
            #expect(!rule.english.isEmpty && !rule.latvian.isEmpty && rule.english != rule.latvian)
        }
        #expect(CheckRule.allCases.filter { $0.severity == .error }
                == [.channelNotOnDescription, .indicatorsStale, .indicatorsNotComputed, .unsavedChanges])
    }

    @Test func aSubmittedRecordIsReportedOnButNeverAskedToChange() {
        var counts = plausible
        counts[.pasts] = ChannelCounts(started: 1, completed: 1)
        var submitted = record(counts, computed: false)
        submitted.status = .submitted
        #expect(rules(CheckSubject(submitted)) == [.channelOffDescriptionSinceSubmission])
    }

    @Test func errors() {
        var counts = plausible
        counts[.pasts] = ChannelCounts(started: 1, completed: 1)
        let offDescription = CheckRule.findings(for: CheckSubject(record(counts)))
        #expect(offDescription.contains(CheckFinding(.channelNotOnDescription, code: "015A", channel: .pasts)))
        #expect(rules(CheckSubject(record(plausible, computed: false))) == [.indicatorsNotComputed])
        #expect(rules(CheckSubject(record(plausible), unsaved: true)) == [.unsavedChanges])
    }

    @Test func indicatorsAreStaleOnlyWhenTheSumsTheyComeFromChanged() {
        var stored = record(plausible)
        #expect(!rules(CheckSubject(stored.with(.klatiene, ChannelCounts(started: 100, completed: 50)))).contains(.indicatorsStale))
        stored = stored.with(.eLatvija, ChannelCounts(started: 200, completed: 180))
        #expect(rules(CheckSubject(stored)) == [.indicatorsStale])
    }

    @Test func warningsOnCountsThatDoNotAddUp() {
        let over = record([.eLatvija: ChannelCounts(started: 10, completed: 12), .klatiene: ChannelCounts(started: 5, completed: 5)],
                          complaints: 16, delays: 20)
        #expect(rules(CheckSubject(over)) == [.completedOverStarted, .totalCompletedOverStarted, .successOver100,
                                              .complaintsOverStarted, .delaysOverStarted])
    }

    @Test func aDescribedChannelLeftEmptyIsWarnedOfButAnAllZeroRecordOnlyOnce() {
        let empty = record([.eLatvija: ChannelCounts(started: 10, completed: 10)])
        #expect(CheckRule.findings(for: CheckSubject(empty)).map(\.channel) == [.klatiene])
        #expect(rules(CheckSubject(record([.eLatvija: .zero, .klatiene: .zero]))) == [.allZero])
    }

    @Test func aChangeOfMoreThanThreeTimesFromLastYearsSubmittedRecordOnABusyChannel() {
        let previous = record([.eLatvija: ChannelCounts(started: 60, completed: 60), .klatiene: ChannelCounts(started: 400, completed: 400)],
                              year: 2018)
        let now = record([.eLatvija: ChannelCounts(started: 190, completed: 190), .klatiene: ChannelCounts(started: 140, completed: 140)])
        let findings = CheckRule.findings(for: CheckSubject(now, previous: previous))
        #expect(findings.map(\.channel) == [.eLatvija], "190 > 3 × 60; 140 is not below 400 ÷ 3")
        #expect(findings.map(\.rule) == [.changeFromPreviousYear])
        let quiet = record([.eLatvija: ChannelCounts(started: 99, completed: 99), .klatiene: ChannelCounts(started: 400, completed: 400)])
        let small = record([.eLatvija: ChannelCounts(started: 20, completed: 20), .klatiene: ChannelCounts(started: 400, completed: 400)],
                           year: 2018)
        #expect(rules(CheckSubject(quiet, previous: small)).isEmpty, "fewer than 100 requests in either year")
    }
}

private extension StatisticsRecord {
    /// The record with one channel's counts replaced, its indicators as they were.
    func with(_ channel: Channel, _ newCounts: ChannelCounts) -> StatisticsRecord {
        var copy = self
        _ = try? copy.set(channel, newCounts)
        return copy
    }
}
