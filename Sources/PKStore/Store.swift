import Foundation
import GRDB
import PKCore

/// The catalogue's data in SQLite. Every read and write of services and statistics goes through here,
/// scoped to the caller's institution; callers cannot get around the checks.
public struct Store: Sendable {
    let writer: any DatabaseWriter
    let clock: Clock

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
        try Migrations.migrator.migrate(writer)
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
        try Self.wrap { try writer.read(body) }
    }

    /// Runs a write in one transaction, turning database failures into `StoreError`.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try Self.wrap { try writer.write(body) }
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
