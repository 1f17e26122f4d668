import Foundation
import PKCore
@testable import PKStore
import PKTestSupport
import Testing

extension TestBackend: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}

/// A store on a fresh copy of a database with an administrator, two institutions, a user in each and one
/// published e-service per institution; passwords hashed at the cheapest cost. The database is made once
/// per backend and test run (`StoreTemplate`), then copied for each test.
struct StoreFixture {
    static let password = "test-parole-2020"
    static let today = "2020-03-02T10:15:00"
    let database: any TestDatabase
    let store: Store
    let admin: Principal
    let ieva: Principal
    let janis: Principal

    init(_ backend: TestBackend = .sqlite) throws {
        database = try TestDatabases.make(backend)
        store = try database.store(at: Self.today)
        admin = try store.authenticate(login: "admin", password: Self.password)
        ieva = try store.authenticate(login: "ieva", password: Self.password)
        janis = try store.authenticate(login: "janis", password: Self.password)
    }

    /// What every fixture database holds, entered through the store.
    static func fill(_ store: Store) throws {
        try store.initialize(login: "admin", fullName: "Anna Administratore", password: password, passwordCost: 1,
                             trustClientClock: true)
        let admin = try store.authenticate(login: "admin", password: password)
        _ = try store.addInstitution(by: admin, code: "CARN", name: "Carnikavas novada pašvaldība")
        _ = try store.addInstitution(by: admin, code: "ADAZI", name: "Ādažu novada pašvaldība")
        for (login, institution) in [("ieva", "CARN"), ("janis", "ADAZI")] {
            _ = try store.addUser(by: admin, login: login, fullName: login.capitalized, institutionCode: institution,
                                  role: .institutionUser, validUntil: CalendarDate(iso: "2027-12-31")!, password: password)
        }
        for (code, name, institution) in [("015A", "Iesniegums Carnikavai", "CARN"), ("101A", "Iesniegums Ādažiem", "ADAZI")] {
            _ = try store.addService(by: admin, code: code, name: name, institutionCode: institution)
            _ = try store.setChannels(by: admin, service: code, to: [.eLatvija, .klatiene])
            _ = try store.publish(by: admin, service: code)
        }
        store.logOut(admin)
    }

    /// Another store on the same database whose clock shows `now`, as a later run of pks would have.
    func store(at now: String) throws -> Store { try database.store(at: now) }

    /// Runs SQL on the database directly, as its owner, past the store's checks: what the database
    /// itself refuses is refused whoever asks.
    func executeAsOwner(_ sql: String) throws { try database.executeAsOwner(sql) }
}
