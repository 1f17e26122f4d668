import Foundation
import GRDB
import PKCore

/// The catalogue's data in SQLite. Every read and write of services and statistics goes through here,
/// scoped to the caller's institution; callers cannot get around the checks.
public struct Store: Sendable {
    let writer: any DatabaseWriter
    let clock: Clock
    /// Set while a script runs in one transaction: every read and write joins it.
    let transaction: ScriptTransaction?

    /// Opens (creating when missing) the database file at `path` in WAL mode and migrates it.
    public static func open(path: String, clock: Clock = .system) throws(StoreError) -> Store {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .database("cannot create the folder \(folder): \(error.localizedDescription)")
        }
        return try wrap { try Store(writer: DatabasePool(path: path, configuration: configuration), clock: clock) }
    }

    /// A private database in memory, for tests.
    public static func inMemory(clock: Clock = .system) throws(StoreError) -> Store {
        try wrap { try Store(writer: DatabaseQueue(configuration: configuration), clock: clock) }
    }

    private init(writer: any DatabaseWriter, clock: Clock) throws {
        self.writer = writer
        self.clock = clock
        transaction = nil
        try Migrations.migrator.migrate(writer)
    }

    private init(joining transaction: ScriptTransaction, of store: Store) {
        writer = store.writer
        clock = store.clock
        self.transaction = transaction
    }

    /// Runs `body` with a store whose reads and writes all join one transaction (each write in a savepoint
    /// of its own); it is committed only when `body` returns true. Returns whether it was committed.
    /// Failed logins inside are recorded after it ends, whatever happens to it.
    public func inOneTransaction(_ body: (Store) -> Bool) throws(StoreError) -> Bool {
        let transaction = ScriptTransaction()
        var committed = false
        defer { try? recordDeferredFailures(transaction.failedLogins) }
        try Self.wrap {
            try writer.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    transaction.database = db
                    defer { transaction.database = nil }
                    committed = body(Store(joining: transaction, of: self))
                    return committed ? .commit : .rollback
                }
            }
        }
        return committed
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        return configuration
    }

    /// Runs a read, turning database failures into `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        if let db = transaction?.database { return try Self.wrap { try body(db) } }
        return try Self.wrap { try writer.read(body) }
    }

    /// Runs a read of independent lookups without a transaction of its own (each query still sees one
    /// consistent state), on the writer's connection: for reads whose findings a later write checks again.
    /// A pooled read's reader hand-over and BEGIN … COMMIT cost 80,000 instructions, about as much as the
    /// lookups of `add` themselves (callgrind); this costs 4,000.
    func lookUp<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        if let db = transaction?.database { return try Self.wrap { try body(db) } }
        return try Self.wrap { try writer.writeWithoutTransaction(body) }
    }

    /// Runs a write in one transaction (a savepoint inside a script's transaction), turning database
    /// failures into `StoreError`; a failed write leaves nothing behind.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        guard let db = transaction?.database else { return try Self.wrap { try writer.write(body) } }
        return try Self.wrap {
            var result: T?
            try db.inSavepoint {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    static func wrap<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as PKCore.RecordError {
            throw .refused(error)
        } catch let error as DatabaseError {
            throw .database(error.message ?? error.description)
        } catch {
            throw .database("\(error)")
        }
    }
}
