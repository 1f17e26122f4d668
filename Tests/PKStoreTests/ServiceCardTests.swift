import PKCore
import PKStore
import PKTestSupport
import Testing

/// A service card's texts, contacts and working hours, its deletion, and institutions' contact persons.
@Suite struct ServiceCardTests {
    @Test(arguments: TestBackend.available)
    func hoursAndContactsAreStoredAndSurviveAChangeOfChannels(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let hours = try WorkingHours(typed: "P-C 8:30-12:00 12:30-17:00, Pk 8:30-15:00")
        _ = try fixture.store.setHours(by: fixture.ieva, service: "015A", channel: .klatiene, to: hours)
        _ = try fixture.store.setContact(by: fixture.ieva, service: "015A", channel: .klatiene, to: "Stacijas iela 5")
        _ = try fixture.store.setChannels(by: fixture.ieva, service: "015A", to: [.klatiene, .pasts])
        let (service, cards) = try fixture.store.card(by: fixture.ieva, service: "015A")
        #expect(service.channels == [.klatiene, .pasts])
        #expect(cards == [ChannelCard(channel: .klatiene, contact: "Stacijas iela 5", hours: hours), ChannelCard(channel: .pasts)])
    }

    @Test(arguments: TestBackend.available)
    func anotherInstitutionsCardCannotBeChanged(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: StoreError.unknownService("101A")) {
            try fixture.store.describeService(by: fixture.ieva, service: "101A", as: "Svešs")
        }
        #expect(throws: StoreError.unknownService("101A")) {
            try fixture.store.setHours(by: fixture.ieva, service: "101A", channel: .klatiene, to: .none)
        }
    }

    @Test(arguments: TestBackend.available)
    func theDescriptionIsSetAndClearedAndAudited(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        #expect(try fixture.store.describeService(by: fixture.ieva, service: "015A", as: "Iesniegumi").description == "Iesniegumi")
        #expect(try fixture.store.describeService(by: fixture.ieva, service: "015A", as: "").description == nil)
        let details = try fixture.store.auditTrail(by: fixture.ieva, AuditQuery(service: "015A")).entries
            .filter { $0.kind == .describeService }.reversed()
            .map { AuditDetail.stored($0.detail) }
        #expect(details == [AuditDetail(.description, old: "none", new: "Iesniegumi"), AuditDetail(.description, old: "Iesniegumi", new: "none")])
    }

    @Test(arguments: TestBackend.available)
    func aServiceWithSubmittedStatisticsIsNotDeletedButOneWithDraftsIs(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.submittedWorkedExample()
        var older = try fixture.store.newDraft(by: fixture.ieva, service: "015A", year: 2018)
        _ = try older.set(.klatiene, ChannelCounts(started: 1, completed: 1))
        _ = try fixture.store.save(by: fixture.ieva, older)
        #expect(throws: StoreError.rule(.serviceHasSubmittedStatistics(code: "015A", years: [2019]))) {
            try fixture.store.deleteService(by: fixture.ieva, service: "015A")
        }
        try fixture.savedJanisDraft()
        #expect(try fixture.store.deleteService(by: fixture.janis, service: "101A").1 == [2019])
        #expect(try fixture.store.services(by: fixture.admin).map(\.code) == ["015A"])
    }

    @Test(arguments: TestBackend.available)
    func theContactPersonChangesAsOneAuditedStep(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let anna = InstitutionContact(name: "Anna Liepa", email: "anna@carnikava.lv")
        let janis = InstitutionContact(name: "Jānis Bērziņš", email: "janis@carnikava.lv")
        _ = try fixture.store.changeContactPerson(by: fixture.admin, code: "CARN", to: anna)
        let (institution, previous) = try fixture.store.changeContactPerson(by: fixture.admin, code: "CARN", to: janis)
        #expect(institution.contact == janis && previous == anna)
        #expect(throws: StoreError.administratorsOnly) { try fixture.store.changeContactPerson(by: fixture.ieva, code: "CARN", to: anna) }
        #expect(throws: StoreError.rule(.invalidEmail("anna"))) {
            try fixture.store.changeContactPerson(by: fixture.admin, code: "CARN", to: InstitutionContact(name: "Anna", email: "anna"))
        }
    }
}
