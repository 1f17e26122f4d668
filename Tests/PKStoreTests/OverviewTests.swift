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
}
