import PKCore
import PKStore
import Testing

@Suite struct InstitutionScopeTests {
    @Test func userSeesOnlyTheirInstitutionsServices() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.services(by: fixture.ieva).map(\.code) == ["015A"])
        #expect(try fixture.store.services(by: fixture.admin).map(\.code) == ["015A", "101A"])
    }

    @Test func anotherInstitutionsServiceIsUnknownByCodeAndByName() throws {
        let fixture = try StoreFixture()
        #expect(throws: StoreError.unknownService("101A")) {
            try fixture.store.newDraft(by: fixture.ieva, service: "101A", year: 2019)
        }
        #expect(throws: StoreError.unknownService("Ādažiem")) {
            try fixture.store.newDraft(by: fixture.ieva, service: "Ādažiem", year: 2019)
        }
        // "Iesniegums" names a service in both institutions but only one of ieva's.
        #expect(try fixture.store.newDraft(by: fixture.ieva, service: "iesniegums", year: 2019).service.code == "015A")
    }
}
