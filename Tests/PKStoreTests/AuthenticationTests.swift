import Foundation
import GRDB
import PKCore
@testable import PKStore
import Testing

@Suite struct AuthenticationTests {
    private static let password = "Slepena-parole-7"

    @Test func wrongPasswordAndUnknownUserGiveTheSameError() throws {
        let fixture = try StoreFixture()
        #expect(throws: AuthenticationError.invalidCredentials) { try fixture.store.authenticate(login: "ieva", password: "nepareizi") }
        #expect(throws: AuthenticationError.invalidCredentials) { try fixture.store.authenticate(login: "nobody", password: "nepareizi") }
        #expect(throws: AuthenticationError.invalidCredentials) {
            try fixture.store.authenticate(login: "nobody", password: StoreFixture.password)
        }
        #expect(throws: AuthenticationError.invalidCredentials) { try fixture.store.authenticate(login: "ieva", password: "") }
    }

    @Test func passwordsAreCaseSensitive() throws {
        let fixture = try StoreFixture()
        #expect(throws: AuthenticationError.invalidCredentials) {
            try fixture.store.authenticate(login: "ieva", password: StoreFixture.password.uppercased())
        }
    }

    @Test func loginsAreCaseInsensitive() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.authenticate(login: "IEVA", password: StoreFixture.password).user.login == "ieva")
    }

    @Test func rightsAreValidThroughTheirLastDayAndExpiredTheDayAfter() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pks-auth-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pks.sqlite").path
        func store(_ now: String) throws -> Store { try Store.open(path: path, clock: .fixed(Timestamp(iso: now)!)) }

        let early = try store("2020-03-02 10:15:00")
        try early.initialize(login: "admin", fullName: "Anna", password: Self.password, passwordCost: 1)
        let admin = try early.authenticate(login: "admin", password: Self.password)
        _ = try early.addInstitution(by: admin, code: "CARN", name: "Carnikava")
        _ = try early.addUser(by: admin, login: "ieva", fullName: "Ieva", institutionCode: "CARN", role: .institutionUser,
                              validUntil: CalendarDate(iso: "2020-12-31")!, password: Self.password)
        _ = try early.addService(by: admin, code: "015A", name: "Iesniegums", institutionCode: "CARN")
        _ = try early.setChannels(by: admin, service: "015A", to: [.klatiene])
        _ = try early.publish(by: admin, service: "015A")
        let ieva = try early.authenticate(login: "ieva", password: Self.password)
        let draft = try early.save(by: ieva, try early.newDraft(by: ieva, service: "015A", year: 2019))

        let lastDay = try store("2020-12-31 23:59:59")
        #expect(try lastDay.authenticate(login: "ieva", password: Self.password).user.login == "ieva")

        let late = try store("2021-01-01 00:00:00")
        #expect(throws: AuthenticationError.rightsExpired("ieva", CalendarDate(iso: "2020-12-31")!)) {
            try late.authenticate(login: "ieva", password: Self.password)
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
        #expect(try late.authenticate(login: "admin", password: Self.password).user.validUntil == nil)
        #expect(try late.services(by: admin).map(\.code) == ["015A"])
        // Renewed rights work again, for a new login and for the principal from before.
        _ = try late.renewRights(by: admin, login: "ieva", until: CalendarDate(iso: "2021-12-31")!)
        #expect(try late.authenticate(login: "ieva", password: Self.password).user.validUntil == CalendarDate(iso: "2021-12-31"))
        #expect(try late.records(by: ieva, year: 2019).count == 1)
    }

    @Test func closedRightsRefuseLoginAndTheOpenSession() throws {
        let fixture = try StoreFixture()
        _ = try fixture.store.closeRights(by: fixture.admin, login: "ieva")
        #expect(throws: AuthenticationError.rightsClosed("ieva")) {
            try fixture.store.authenticate(login: "ieva", password: StoreFixture.password)
        }
        #expect(throws: StoreError.rightsNoLongerValid(login: "ieva")) { try fixture.store.services(by: fixture.ieva) }
        #expect(try fixture.store.services(by: fixture.janis).map(\.code) == ["101A"])
    }

    @Test func demotedAdministratorLosesAdministrationAtOnce() throws {
        let fixture = try StoreFixture()
        try fixture.store.writer.write { db in try db.execute(sql: "UPDATE user SET role = 'user' WHERE login = 'admin'") }
        #expect(throws: StoreError.administratorsOnly) { try fixture.store.institutions(by: fixture.admin) }
    }

    @Test func storedPasswordHashesAreSaltedYescryptNeverTheClearPassword() throws {
        let fixture = try StoreFixture()
        let hashes = try fixture.store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT password_hash FROM user ORDER BY login")
        }
        #expect(hashes.count == 3)
        for hash in hashes {
            #expect(hash.hasPrefix("$y$"))
            #expect(!hash.contains(StoreFixture.password))
        }
        #expect(Set(hashes).count == 3, "the same password must hash differently for each user")
        let dump = try fixture.store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM user").map(\.description).joined()
        }
        #expect(!dump.contains(StoreFixture.password))
    }

    @Test func hasherVerifiesOnlyTheRightPassword() throws {
        let hash = try PasswordHasher.hash("parole", cost: 1)
        #expect(hash.hasPrefix("$y$"))
        #expect(PasswordHasher.verify("parole", against: hash))
        #expect(!PasswordHasher.verify("Parole", against: hash))
        #expect(!PasswordHasher.verify("parole", against: "not a hash"))
        #expect(try PasswordHasher.hash("parole", cost: 1) != hash)
    }
}
