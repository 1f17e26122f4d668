import Foundation
import GRDB
import PKCore
import PKStore
@testable import PKStoreSQLite
import Testing

/// The schema of a SQLite file: migrated by the versions this program knows, refused when newer.
@Suite struct SQLiteSchemaTests {
    private static func file() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pks-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("pks.sqlite").path
    }

    @Test func sqliteMigratesANewFileToTheNewestVersion() throws {
        let backend = SQLiteBackend.file(try Self.file(), clock: .system)
        let (from, to) = try backend.migrate()
        #expect(from == 0 && to == SQLiteMigrations.version)
        #expect(try backend.writer.read { try SQLiteMigrations.migrator.appliedIdentifiers($0).count } == SQLiteMigrations.version)
    }

    @Test func sqliteRefusesAFileOfANewerPksNamingBothVersions() throws {
        let path = try Self.file()
        _ = try SQLiteBackend.file(path, clock: .system).migrate()
        try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')") }
        let store = Store(backend: SQLiteBackend.file(path, clock: .system), clock: .system)
        #expect(throws: StoreError.schemaTooNew(location: path, database: SQLiteMigrations.version + 1, program: SQLiteMigrations.version)) {
            _ = try store.isInitialized()
        }
    }
}
