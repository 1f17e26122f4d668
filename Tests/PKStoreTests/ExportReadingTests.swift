import PKCore
@testable import PKStore
import PKTestSupport
import Testing

/// Exports read institution by institution and year by year (on PostgreSQL pipelined, one query ahead).
@Suite struct ExportReadingTests {
    private struct Stop: Error, Equatable {}

    /// Ieva's 015A in CARN and Jānis's 101A in ADAZI, both of 2019, and Ieva's 015A again for 2018.
    private func fixtureWithThreeGroups(_ backend: TestBackend) throws -> StoreFixture {
        let fixture = try StoreFixture(backend)
        _ = try fixture.savedWorkedExample()
        _ = try fixture.savedJanisDraft()
        var earlier = try fixture.store.newDraft(by: fixture.ieva, service: "015A", year: 2018)
        _ = try earlier.set(.klatiene, ChannelCounts(started: 7, completed: 6))
        _ = try fixture.store.save(by: fixture.ieva, earlier)
        return fixture
    }

    private func keys(_ fixture: StoreFixture) throws -> [String] {
        var keys: [String] = []
        try fixture.store.exportRecords(by: fixture.admin, scope: .allInstitutions, year: nil) { records in
            keys += records.map { "\($0.year) \($0.institutionCode) \($0.serviceCode)" }
        }
        return keys
    }

    @Test(arguments: TestBackend.available)
    func everyInstitutionsYearsComeInOrder(_ backend: TestBackend) throws {
        let fixture = try fixtureWithThreeGroups(backend)
        #expect(try keys(fixture) == ["2018 CARN 015A", "2019 ADAZI 101A", "2019 CARN 015A"])
    }

    @Test(arguments: TestBackend.available)
    func aFailureOfTheWriterStopsTheReadingAndLeavesTheSessionUsable(_ backend: TestBackend) throws {
        let fixture = try fixtureWithThreeGroups(backend)
        var batches = 0
        #expect(throws: Stop()) {
            try fixture.store.exportRecords(by: fixture.admin, scope: .allInstitutions, year: nil) { _ in
                batches += 1
                throw Stop()
            }
        }
        #expect(batches == 1)
        // The queries still in flight were drained: the same session reads again, whole.
        #expect(try keys(fixture) == ["2018 CARN 015A", "2019 ADAZI 101A", "2019 CARN 015A"])
        #expect(try fixture.store.services(by: fixture.admin).map(\.code) == ["015A", "101A"])
    }
}
