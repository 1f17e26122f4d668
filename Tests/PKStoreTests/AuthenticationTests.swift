import Foundation
import PKCore
@testable import PKStore
import PKTestSupport
import Testing

@Suite struct AuthenticationTests {
    @Test(arguments: TestBackend.available)
    func wrongPasswordAndUnknownUserGiveTheSameError(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: AuthenticationError.invalidCredentials) { try fixture.store.authenticate(login: "ieva", password: "nepareizi") }
        #expect(throws: AuthenticationError.invalidCredentials) { try fixture.store.authenticate(login: "nobody", password: "nepareizi") }
        #expect(throws: AuthenticationError.invalidCredentials) {
            try fixture.store.authenticate(login: "nobody", password: StoreFixture.password)
        }
        #expect(throws: AuthenticationError.invalidCredentials) { try fixture.store.authenticate(login: "ieva", password: "") }
    }

    @Test(arguments: TestBackend.available)
    func passwordsAreCaseSensitive(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: AuthenticationError.invalidCredentials) {
            try fixture.store.authenticate(login: "ieva", password: StoreFixture.password.uppercased())
        }
    }

    @Test(arguments: TestBackend.available)
    func loginsAreCaseInsensitive(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        #expect(try fixture.store.authenticate(login: "IEVA", password: StoreFixture.password).user.login == "ieva")
    }

    @Test(arguments: TestBackend.available)
    func rightsAreValidThroughTheirLastDayAndExpiredTheDayAfter(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let early = fixture.store, admin = fixture.admin, ieva = fixture.ieva
        _ = try early.renewRights(by: admin, login: "ieva", until: CalendarDate(iso: "2020-12-31")!)
        let draft = try fixture.savedWorkedExample()

        let lastDay = try fixture.store(at: "2020-12-31 23:59:59")
        #expect(try lastDay.authenticate(login: "ieva", password: StoreFixture.password).user.login == "ieva")

        let late = try fixture.store(at: "2021-01-01 00:00:00")
        #expect(throws: AuthenticationError.rightsExpired("ieva", CalendarDate(iso: "2020-12-31")!, contact: nil)) {
            try late.authenticate(login: "ieva", password: StoreFixture.password)
        }
        #expect(throws: AuthenticationError.invalidCredentials) { try late.authenticate(login: "ieva", password: "wrong") }
        // The principal from before the expiry can no longer read or write.
        let expired = StoreError.rightsNoLongerValid(login: "ieva")
        #expect(throws: expired) { try late.save(by: ieva, draft) }
        #expect(throws: expired) { try late.newDraft(by: ieva, service: "015A", year: 2018) }
        #expect(throws: expired) { try late.services(by: ieva) }
        #expect(throws: expired) { try late.records(by: ieva, year: 2019) }
        #expect(throws: expired) { try late.submit(by: ieva, service: "015A", year: 2019) }
        #expect(throws: expired) { try late.addService(by: ieva, code: "016A", name: "Jauns") }
        // The first administrator's rights have no end date.
        #expect(try late.authenticate(login: "admin", password: StoreFixture.password).user.validUntil == nil)
        #expect(try late.services(by: admin).map(\.code) == ["015A", "101A"])
        // Renewed rights work again, for a new login and for the principal from before.
        _ = try late.renewRights(by: admin, login: "ieva", until: CalendarDate(iso: "2021-12-31")!)
        #expect(try late.authenticate(login: "ieva", password: StoreFixture.password).user.validUntil == CalendarDate(iso: "2021-12-31"))
        #expect(try late.records(by: ieva, year: 2019).count == 1)
    }

    @Test(arguments: TestBackend.available)
    func closedRightsRefuseLoginAndTheOpenSession(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        _ = try fixture.store.closeRights(by: fixture.admin, login: "ieva")
        #expect(throws: AuthenticationError.rightsClosed("ieva")) {
            try fixture.store.authenticate(login: "ieva", password: StoreFixture.password)
        }
        #expect(throws: StoreError.rightsNoLongerValid(login: "ieva")) { try fixture.store.services(by: fixture.ieva) }
        #expect(try fixture.store.services(by: fixture.janis).map(\.code) == ["101A"])
    }

    @Test(arguments: TestBackend.available)
    func demotedAdministratorLosesAdministrationAtOnce(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.executeAsOwner("UPDATE account SET role = 'user' WHERE login = 'admin'")
        #expect(throws: StoreError.administratorsOnly) { try fixture.store.institutions(by: fixture.admin) }
    }
}
