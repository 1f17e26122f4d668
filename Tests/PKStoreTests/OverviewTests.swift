import PKCore
import PKStore
import PKTestSupport
import Testing

/// The national overview's counts, on each engine: a record of a service since unpublished counts as a record,
/// never as a published service's, so it neither hides a missing record nor adds one.
@Suite struct OverviewTests {
    @Test(arguments: TestBackend.available)
    func overviewCountsEachInstitutionsServicesAndRecords(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.submittedWorkedExample()
        try fixture.savedJanisDraft()
        for code in ["016C", "017D"] {
            _ = try fixture.store.addService(by: fixture.admin, code: code, name: "Pakalpojums \(code)", institutionCode: "CARN")
            _ = try fixture.store.setChannels(by: fixture.admin, service: code, to: [.klatiene])
            _ = try fixture.store.publish(by: fixture.admin, service: code)
        }
        var withdrawn = try fixture.store.newDraft(by: fixture.ieva, service: "017D", year: 2019)
        _ = try withdrawn.set(.klatiene, ChannelCounts(started: 3, completed: 3))
        _ = try fixture.store.save(by: fixture.ieva, withdrawn)
        _ = try fixture.store.unpublish(by: fixture.admin, service: "017D")

        let overview = try fixture.store.overview(by: fixture.admin, year: 2019)
        let counts = overview.institutions.map { [$0.institution.code: [$0.published, $0.records, $0.submitted, $0.missing]] }
        #expect(counts == [["CARN": [2, 2, 1, 1]], ["ADAZI": [1, 1, 0, 0]], ["VRAA": [0, 0, 0, 0]]])
        #expect(overview.channels == [.eLatvija: ChannelCounts(started: 2378, completed: 2245),
                                      .klatiene: ChannelCounts(started: 2100, completed: 2100)])
        #expect(try fixture.store.overview(by: fixture.admin, year: 2018).institutions.map(\.records) == [0, 0, 0])
    }

    /// The national totals the database keeps follow each submission and reopening: a channel whose last
    /// submitted record is reopened leaves the totals (one left at 0/0 stays), and comes back with the next
    /// submission.
    @Test(arguments: TestBackend.available)
    func overviewTotalsFollowSubmittingAndReopening(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.store
        try fixture.submittedWorkedExample()
        var janis = try store.newDraft(by: fixture.janis, service: "101A", year: 2019)
        _ = try janis.set(.klatiene, ChannelCounts(started: 5, completed: 5))
        try janis.computeIndicators()
        _ = try store.save(by: fixture.janis, janis)
        _ = try store.submit(by: fixture.janis, service: "101A", year: 2019)
        #expect(try store.overview(by: fixture.admin, year: 2019).channels
                == [.eLatvija: ChannelCounts(started: 2378, completed: 2245), .klatiene: ChannelCounts(started: 2105, completed: 2105)])

        _ = try store.reopen(by: fixture.admin, service: "015A", institution: "CARN", year: 2019, reason: "e-latvija pārbaudei")
        #expect(try store.overview(by: fixture.admin, year: 2019).channels
                == [.eLatvija: .zero, .klatiene: ChannelCounts(started: 5, completed: 5)])
        _ = try store.reopen(by: fixture.admin, service: "101A", institution: "ADAZI", year: 2019, reason: "vēlreiz")
        #expect(try store.overview(by: fixture.admin, year: 2019).channels.isEmpty)

        _ = try store.submit(by: fixture.ieva, service: "015A", year: 2019)
        #expect(try store.overview(by: fixture.admin, year: 2019).channels
                == [.eLatvija: ChannelCounts(started: 2378, completed: 2245), .klatiene: ChannelCounts(started: 2100, completed: 2100)])
        #expect(try store.overview(by: fixture.admin, year: 2018).channels.isEmpty)
    }
}
