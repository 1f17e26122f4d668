import Foundation
import PKCore
import GRDB
import PKStore
@testable import PKStorePostgres
@testable import PKStoreSQLite
import PKTestSupport

/// A database made for one test, reachable past the store.
protocol TestDatabase: Sendable {
    /// A store on this database whose clock shows `now`.
    func store(at now: String) throws -> Store
    /// Runs SQL as the database's owner.
    func executeAsOwner(_ sql: String) throws
}

enum TestDatabases {
    static func make(_ backend: TestBackend) throws -> any TestDatabase {
        switch backend {
        case .sqlite: try SQLiteTestDatabase()
        case .postgres: try PostgresTestDatabase()
        }
    }
}

/// A SQLite file in a folder of its own: a copy of the template file, made once.
struct SQLiteTestDatabase: TestDatabase {
    let path: String

    /// The fixture's file, made once per test run through the store.
    static let template: Result<String, any Error> = Result {
        let path = try folder().appendingPathComponent("template.sqlite").path
        let clock = Clock.fixed(Timestamp(iso: StoreFixture.today)!)
        try StoreFixture.fill(Store(backend: SQLiteBackend.file(path, clock: clock), clock: clock))
        return path
    }

    init() throws {
        path = try Self.folder().appendingPathComponent("pks.sqlite").path
        try FileManager.default.copyItem(atPath: try Self.template.get(), toPath: path)
    }

    private static func folder() throws -> URL {
        try TestFolders.make("store")
    }

    func store(at now: String) throws -> Store {
        let clock = Clock.fixed(Timestamp(iso: now)!)
        return Store(backend: SQLiteBackend.file(path, clock: clock), clock: clock)
    }

    func executeAsOwner(_ sql: String) throws {
        let backend = SQLiteBackend.file(path, clock: .system)
        try backend.writer.write { try $0.execute(sql: sql) }
    }
}

/// A copy of the template database on the test server, dropped with the logins a test made when the test
/// ends. Login roles are the server's: the test holds the roles lock throughout.
final class PostgresTestDatabase: TestDatabase, @unchecked Sendable {
    static let logins = ["admin", "ieva", "janis"]
    static let templateName = "store_fixture"
    let server = TestPostgres.server!
    let name: String
    private let lock: RolesLock
    private var first: PostgresBackend?

    /// The fixture's database, made once per test run through the store.
    static let template: Result<String, any Error> = Result {
        let server = TestPostgres.server!
        let lock = server.lockRoles()
        defer { withExtendedLifetime(lock) {} }
        try server.psql(["DROP DATABASE IF EXISTS \(templateName) WITH (FORCE)", "DROP ROLE IF EXISTS " + logins.joined(separator: ", "),
                         "CREATE DATABASE \(templateName)"])
        let clock = Clock.fixed(Timestamp(iso: StoreFixture.today)!)
        try StoreFixture.fill(Store(backend: PostgresBackend(uri: server.ownerURI(templateName), clock: clock, sendsClock: true) { _ in nil },
                                    clock: clock))
        return templateName
    }

    init() throws {
        let template = try Self.template.get()
        lock = server.lockRoles()
        name = try server.copy(template: template, logins: Self.logins, password: StoreFixture.password)
    }

    deinit {
        first = nil
        try? server.dropCatalogue(name, group: Self.templateName + "_users", keeping: Set(Self.logins))
    }

    /// The first store connects as the owner; later ones share its sessions with another clock.
    func store(at now: String) throws -> Store {
        let clock = Clock.fixed(Timestamp(iso: now)!)
        let backend = first.map { PostgresBackend(sharingSessionsOf: $0, clock: clock) }
            ?? PostgresBackend(uri: server.ownerURI(name), clock: clock, sendsClock: true) { _ in nil }
        if first == nil { first = backend }
        return Store(backend: backend, clock: clock)
    }

    func executeAsOwner(_ sql: String) throws {
        try PostgresConnection([("dbname", server.ownerURI(name))]).execute(sql)
    }
}
