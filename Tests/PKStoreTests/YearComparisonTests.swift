import PKCore
@testable import PKStore
import PKTestSupport
import Testing

/// `compare`'s store side: each year's records of one institution, paired by service, on both engines.
@Suite struct YearComparisonTests {
    @Test(arguments: TestBackend.available)
    func recordsArePairedByServiceAndAMissingYearIsNil(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.submittedWorkedExample()
        var earlier = try fixture.store.newDraft(by: fixture.ieva, service: "015A", year: 2018)
        _ = try earlier.set(.klatiene, ChannelCounts(started: 4200, completed: 4100))
        try fixture.store.save(by: fixture.ieva, earlier)
        let comparison = try fixture.store.comparison(by: fixture.ieva, year: 2019, against: 2018)
        #expect(comparison.institution.code == "CARN")
        #expect(comparison.services.map(\.service.code) == ["015A"])
        let counts = comparison.services[0].counts
        #expect(counts.totals == ComparedCounts(previous: ChannelCounts(started: 4200, completed: 4100),
                                                current: ChannelCounts(started: 4478, completed: 4345)))
        #expect(counts.channels.map(\.channel) == [.eLatvija, .klatiene])
        #expect(counts.channels[0].counts.previous?.started ?? 0 == 0 && counts.channels[0].counts.percentChange == nil,
                "new on e-latvija: no division by zero")
        #expect(counts.channels[1].counts.change == -2100 && counts.channels[1].counts.percentChange == Percent(hundredths: 5000))
        let older = try fixture.store.comparison(by: fixture.ieva, year: 2019, against: 2017)
        #expect(older.services[0].onlyIn == 2019 && older.totals.previous == nil)
    }

    @Test(arguments: TestBackend.available)
    func anotherInstitutionIsForAdministratorsOnly(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.savedWorkedExample()
        try fixture.savedJanisDraft()
        #expect(try fixture.store.comparison(by: fixture.janis, year: 2019, against: 2018).services.map(\.service.code) == ["101A"])
        #expect(throws: StoreError.administratorsOnly) {
            try fixture.store.comparison(by: fixture.janis, year: 2019, against: 2018, institution: "CARN")
        }
        let carn = try fixture.store.comparison(by: fixture.admin, year: 2019, against: 2018, institution: "CARN")
        #expect(carn.services.map(\.service.code) == ["015A"] && carn.services[0].onlyIn == 2019)
        #expect(throws: StoreError.unknownInstitution("NAV")) {
            try fixture.store.comparison(by: fixture.admin, year: 2019, against: 2018, institution: "NAV")
        }
    }
}
