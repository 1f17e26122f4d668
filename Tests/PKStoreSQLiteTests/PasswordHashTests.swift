import Foundation
import GRDB
import PKCore
import PKStore
@testable import PKStoreSQLite
import Testing

/// On SQLite pks keeps the password hashes itself: salted yescrypt, never the clear password.
@Suite struct SQLitePasswordHashTests {
    private static let password = "test-parole-2020"

    @Test func sqliteStoresSaltedYescryptHashesNeverTheClearPassword() throws {
        let backend = SQLiteBackend.inMemory(clock: .fixed(Timestamp(iso: "2020-03-02T10:15:00")!))
        let store = Store(backend: backend, clock: backend.clock)
        try store.initialize(login: "admin", fullName: "Anna", password: Self.password, passwordCost: 1)
        let admin = try store.authenticate(login: "admin", password: Self.password)
        _ = try store.addInstitution(by: admin, code: "CARN", name: "Carnikava")
        for login in ["ieva", "peteris"] {
            _ = try store.addUser(by: admin, login: login, fullName: login, institutionCode: "CARN", role: .institutionUser,
                                  validUntil: CalendarDate(iso: "2027-12-31")!, password: Self.password)
        }
        let hashes = try backend.writer.read { db in try String.fetchAll(db, sql: "SELECT password_hash FROM account ORDER BY login") }
        #expect(hashes.count == 3)
        for hash in hashes {
            #expect(hash.hasPrefix("$y$"))
            #expect(!hash.contains(Self.password))
        }
        #expect(Set(hashes).count == 3, "the same password must hash differently for each user")
        let dump = try backend.writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM account").map(\.description).joined() }
        #expect(!dump.contains(Self.password))
    }

    @Test func sqliteHasherVerifiesOnlyTheRightPassword() throws {
        let hash = try PasswordHasher.hash("parole", cost: 1)
        #expect(hash.hasPrefix("$y$"))
        #expect(PasswordHasher.verify("parole", against: hash))
        #expect(!PasswordHasher.verify("Parole", against: hash))
        #expect(!PasswordHasher.verify("parole", against: "not a hash"))
        #expect(try PasswordHasher.hash("parole", cost: 1) != hash)
    }

    /// An unknown login costs one hash, as a wrong password does (it cost two, so time told which logins
    /// exist): counted, not timed.
    @Test func sqliteAnUnknownLoginCostsOneHashAsAWrongPasswordDoes() throws {
        let backend = SQLiteBackend.inMemory(clock: .fixed(Timestamp(iso: "2020-03-02T10:15:00")!))
        let store = Store(backend: backend, clock: backend.clock)
        try store.initialize(login: "admin", fullName: "Anna", password: Self.password, passwordCost: 1)
        func hashes(of login: String) -> Int {
            let tally = PasswordHasher.Tally()
            PasswordHasher.$tally.withValue(tally) {
                #expect(throws: AuthenticationError.self) { try store.authenticate(login: login, password: "nepareizi") }
            }
            return tally.hashes.load(ordering: .relaxed)
        }
        #expect(hashes(of: "admin") == 1)
        #expect(hashes(of: "nav-tads") == 1)
    }
}
