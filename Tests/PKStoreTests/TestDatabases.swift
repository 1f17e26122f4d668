import Foundation
import PKCore
import GRDB
import PKStore
@testable import PKStoreSQLite

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
        }
    }
}

/// A SQLite file in a folder of its own, removed at the end of the test process.
struct SQLiteTestDatabase: TestDatabase {
    let path: String

    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pks-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("pks.sqlite").path
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
