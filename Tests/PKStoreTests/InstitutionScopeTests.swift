import Foundation
import PKCore
@testable import PKStore
import PKTestSupport
import Testing

@Suite struct InstitutionScopeTests {
    @Test(arguments: TestBackend.available)
    func userSeesOnlyTheirInstitutionsServices(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        #expect(try fixture.store.services(by: fixture.ieva).map(\.code) == ["015A"])
        #expect(try fixture.store.services(by: fixture.janis).map(\.code) == ["101A"])
        #expect(try fixture.store.services(by: fixture.admin).map(\.code) == ["015A", "101A"])
        #expect(try fixture.store.services(by: fixture.janis, matching: "Iesniegums").map(\.code) == ["101A"])
    }

    @Test(arguments: TestBackend.available)
    func anotherInstitutionsServiceIsUnknownByCodeAndByName(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: StoreError.unknownService("101A")) {
            try fixture.store.newDraft(by: fixture.ieva, service: "101A", year: 2019)
        }
        #expect(throws: StoreError.unknownService("Ādažiem")) {
            try fixture.store.newDraft(by: fixture.ieva, service: "Ādažiem", year: 2019)
        }
        // "Iesniegums" names a service in both institutions but only one of ieva's.
        #expect(try fixture.store.newDraft(by: fixture.ieva, service: "iesniegums", year: 2019).service.code == "015A")
    }

    @Test(arguments: TestBackend.available)
    func anAdministratorIsToldWhereAServiceWasLookedFor(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.store, admin = fixture.admin
        #expect(throws: StoreError.serviceOfAnotherInstitution(code: "015A", institution: "CARN")) {
            try store.record(by: admin, service: "Carnikavai", year: 2019)
        }
        #expect(throws: StoreError.unknownServiceIn("015A", institution: "ADAZI")) {
            try store.record(by: admin, service: "015A", institution: "ADAZI", year: 2019)
        }
        #expect(throws: StoreError.unknownServiceInCatalogue("Rīgai")) { try store.service(by: admin, "Rīgai") }
        #expect(throws: StoreError.unknownService("Rīgai")) { try store.record(by: admin, service: "Rīgai", year: 2019) }
    }

    @Test(arguments: TestBackend.available)
    func janisCannotSeeOrChangeTheDescriptionOf015A(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.store, janis = fixture.janis
        #expect(throws: StoreError.unknownService("015A")) { try store.service(by: janis, "015A") }
        #expect(throws: StoreError.unknownService("015A")) { try store.setChannels(by: janis, service: "015A", to: [.pasts]) }
        #expect(throws: StoreError.unknownService("015A")) { try store.publish(by: janis, service: "015A") }
        #expect(throws: StoreError.administratorsOnly) {
            try store.addService(by: janis, code: "016A", name: "Cits Carnikavai", institutionCode: "CARN")
        }
        #expect(try store.service(by: fixture.ieva, "015A").channels == [.eLatvija, .klatiene])
    }

    @Test(arguments: TestBackend.available)
    func janisCannotReadAddEditSaveOrSubmitTheRecordOf015A(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.store, janis = fixture.janis
        let ievas = try fixture.savedWorkedExample()
        #expect(throws: StoreError.unknownService("015A")) { try store.newDraft(by: janis, service: "015A", year: 2019) }
        #expect(throws: StoreError.unknownService("015A")) { try store.record(by: janis, service: "015A", year: 2019) }
        #expect(throws: StoreError.unknownService("015A")) { try store.draft(by: janis, service: "015A", year: 2019) }
        #expect(throws: StoreError.unknownService("015A")) { try store.save(by: janis, ievas) }
        #expect(throws: StoreError.unknownService("015A")) { try store.submit(by: janis, service: "015A", year: 2019) }
        let stored = try store.record(by: fixture.ieva, service: "015A", year: 2019)
        #expect(stored == ievas)
    }

    @Test(arguments: TestBackend.available)
    func ievaCannotTouch101A(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let store = fixture.store, ieva = fixture.ieva
        let janiss = try fixture.savedJanisDraft()
        #expect(throws: StoreError.unknownService("101A")) { try store.service(by: ieva, "101A") }
        #expect(throws: StoreError.unknownService("101A")) { try store.publish(by: ieva, service: "101A") }
        #expect(throws: StoreError.unknownService("101A")) { try store.setChannels(by: ieva, service: "101A", to: [.sms]) }
        #expect(throws: StoreError.unknownService("101A")) { try store.record(by: ieva, service: "101A", year: 2019) }
        #expect(throws: StoreError.unknownService("101A")) { try store.draft(by: ieva, service: "101A", year: 2019) }
        #expect(throws: StoreError.unknownService("101A")) { try store.save(by: ieva, janiss) }
        #expect(throws: StoreError.unknownService("101A")) { try store.submit(by: ieva, service: "101A", year: 2019) }
        #expect(try store.record(by: fixture.janis, service: "101A", year: 2019) == janiss)
    }

    @Test(arguments: TestBackend.available)
    func recordsListOnlyTheUsersOwnInstitution(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.savedWorkedExample()
        try fixture.savedJanisDraft()
        #expect(try fixture.store.records(by: fixture.ieva, year: 2019).map(\.service.code) == ["015A"])
        #expect(try fixture.store.records(by: fixture.janis, year: 2019).map(\.service.code) == ["101A"])
        #expect(try fixture.store.records(by: fixture.janis, year: 2019, matching: "Carnikav").isEmpty)
        #expect(try fixture.store.servicesMissingRecords(by: fixture.janis, year: 2018).map(\.code) == ["101A"])
    }

    /// SPEC section 3: statistics are the logged-in user's own institution's, administrators included.
    @Test(arguments: TestBackend.available)
    func statisticsStayWithinTheAdministratorsOwnInstitutionToo(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.savedWorkedExample()
        try fixture.savedJanisDraft()
        #expect(try fixture.store.records(by: fixture.admin, year: 2019).isEmpty)
    }

    @Test(arguments: TestBackend.available)
    func userAddsServicesOnlyToTheirOwnInstitution(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let own = try fixture.store.addService(by: fixture.janis, code: "102A", name: "Izziņa")
        #expect(own.institution.code == "ADAZI")
        let named = try fixture.store.addService(by: fixture.janis, code: "103A", name: "Atļauja", institutionCode: "adazi")
        #expect(named.institution.code == "ADAZI")
        #expect(try fixture.store.services(by: fixture.ieva).map(\.code) == ["015A"])
    }
}

@Suite struct ServiceArgumentTests {
    /// resolveService's blank check must refuse exactly what Foundation's trimming of `.whitespaces` empties.
    @Test(arguments: ["", " ", "\t", " \t ", "\u{00A0}", "\u{3000}", "\u{2009}", "\n", " \n", "\r", "a", " a ", "\u{200B}", "\u{0B}", "\u{0C}", "\u{7F}", "015A"])
    func blankArgumentsAreThoseFoundationWouldTrimAway(text: String) {
        #expect(Store.isBlank(text) == text.trimmingCharacters(in: .whitespaces).isEmpty)
    }
}
