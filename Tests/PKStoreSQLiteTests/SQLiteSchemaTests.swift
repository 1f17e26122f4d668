import Foundation
import GRDB
import PKCore
import PKStore
@testable import PKStoreSQLite
import Testing
import PKTestSupport

/// The schema of a SQLite file: migrated by the versions this program knows, refused when newer.
@Suite struct SQLiteSchemaTests {
    private static func file() throws -> String {
        try TestFolders.make("schema").appendingPathComponent("pks.sqlite").path
    }

    /// A file at an older schema version (`upTo`, a migration's name) holding what `sql` inserts, then migrated
    /// by this program from `from`.
    private static func migrated(upTo version: String, from: Int, holding sql: String) throws -> SQLiteBackend {
        let path = try file()
        let queue = try DatabaseQueue(path: path)
        try SQLiteMigrations.migrator.migrate(queue, upTo: version)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
        let backend = SQLiteBackend.file(path, clock: .system)
        let versions = try backend.migrate()
        #expect(versions.from == from && versions.to == SQLiteMigrations.version)
        return backend
    }

    @Test func sqliteMigratesANewFileToTheNewestVersion() throws {
        let backend = SQLiteBackend.file(try Self.file(), clock: .system)
        let (from, to) = try backend.migrate()
        #expect(from == 0 && to == SQLiteMigrations.version)
        #expect(try backend.writer.read { try SQLiteMigrations.migrator.appliedIdentifiers($0).count } == SQLiteMigrations.version)
    }

    @Test func sqliteFoldsTheNamesOfServicesStoredBeforeVersion8AndIndexesThem() throws {
        let path = try Self.file()
        let queue = try DatabaseQueue(path: path)
        try SQLiteMigrations.migrator.migrate(queue, upTo: "v7: the audit trail in time order by institution, service and author")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO institution (id, code, name) VALUES (1, 'ADAZI', 'Ādažu novada pašvaldība');
                INSERT INTO service (code, name, institution_id) VALUES ('101A', 'Iesniegums Ādažiem', 1), ('102A', 'ŪDENS Ņemšana', 1);
                """)
        }
        try queue.close()
        let backend = SQLiteBackend.file(path, clock: .system)
        let versions = try backend.migrate()
        #expect(versions.from == 7 && versions.to == SQLiteMigrations.version)
        let found = "SELECT service.code FROM service_name_search JOIN service ON service.id = service_name_search.rowid WHERE service_name_search MATCH ?"
        let (folded, codes) = try backend.writer.read { db in
            (try String.fetchAll(db, sql: "SELECT name_folded FROM service ORDER BY code"),
             try String.fetchAll(db, sql: found, arguments: ["\"ens nem\""]))
        }
        #expect(folded == ["iesniegums adaziem", "udens nemsana"])
        #expect(codes == ["102A"])
    }

    @Test func sqliteGivesOlderRecordsTheirInstitutionAndKeepsSubmittedOnesReadOnly() throws {
        let backend = try Self.migrated(upTo: "v8: services found by part of their name", from: 8, holding: """
                INSERT INTO institution (id, code, name) VALUES (1, 'VRAA', 'Aģentūra'), (2, 'CARN', 'Carnikava');
                INSERT INTO account (id, login, full_name, institution_id, role, password_hash, created_at)
                    VALUES (1, 'ieva', 'Ieva', 2, 'user', '-', '2020-01-01 10:00:00');
                INSERT INTO service (id, code, name, institution_id, published_at) VALUES (1, '015A', 'Iesniegums', 2, '2020-01-01');
                INSERT INTO record (id, service_id, year, status, complaints, delays, updated_at, updated_by, revision)
                    VALUES (1, 1, 2018, 'submitted', 0, 0, '2020-01-01 10:00:00', 1, 1), (2, 1, 2019, 'draft', 0, 0, '2020-01-01 10:00:00', 1, 1);
            """)
        try backend.writer.write { db in
            #expect(try Int.fetchAll(db, sql: "SELECT institution_id FROM record ORDER BY id") == [2, 2])
            for change in ["complaints = 1", "institution_id = 1"] {
                #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE record SET \(change) WHERE id = 1") }
            }
            try db.execute(sql: "UPDATE record SET status = 'draft' WHERE id = 1")
        }
    }

    @Test func sqliteSumsTheSubmittedRecordsOfOlderFilesAndKeepsTheSumsThroughReopeningAndSubmitting() throws {
        let backend = try Self.migrated(upTo: "v9: the year's records counted by institution", from: 9, holding: """
                INSERT INTO institution (id, code, name) VALUES (1, 'VRAA', 'Aģentūra'), (2, 'CARN', 'Carnikava');
                INSERT INTO account (id, login, full_name, institution_id, role, password_hash, created_at)
                    VALUES (1, 'ieva', 'Ieva', 2, 'user', '-', '2020-01-01 10:00:00');
                INSERT INTO service (id, code, name, institution_id, published_at)
                    VALUES (1, '015A', 'Iesniegums', 2, '2020-01-01'), (2, '016B', 'Atļauja', 2, '2020-01-01');
                INSERT INTO record (id, service_id, institution_id, year, status, complaints, delays, updated_at, updated_by, revision)
                    VALUES (1, 1, 2, 2019, 'draft', 0, 0, '2020-01-01 10:00:00', 1, 1),
                           (2, 2, 2, 2019, 'draft', 0, 0, '2020-01-01 10:00:00', 1, 1),
                           (3, 1, 2, 2018, 'draft', 0, 0, '2020-01-01 10:00:00', 1, 1);
                INSERT INTO record_channel (record_id, channel, started, completed)
                    VALUES (1, 'e-latvija', 10, 9), (1, 'klatiene', 5, 5), (2, 'klatiene', 7, 6), (3, 'klatiene', 1, 1);
                UPDATE record SET status = 'submitted' WHERE id IN (1, 2);
            """)
        let totals = "SELECT year || ' ' || channel || ' ' || records || ' ' || started || ' ' || completed FROM submitted_channel_total ORDER BY year, channel"
        try backend.writer.write { db in
            #expect(try String.fetchAll(db, sql: totals) == ["2019 e-latvija 1 10 9", "2019 klatiene 2 12 11"])
            try db.execute(sql: "UPDATE record SET status = 'draft' WHERE id = 1")
            #expect(try String.fetchAll(db, sql: totals) == ["2019 klatiene 1 7 6"])
            try db.execute(sql: "UPDATE record SET status = 'submitted' WHERE id IN (1, 3)")
            #expect(try String.fetchAll(db, sql: totals) == ["2018 klatiene 1 1 1", "2019 e-latvija 1 10 9", "2019 klatiene 2 12 11"])
        }
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

/// How database files are made and which ones pks opens.
@Suite struct SQLiteFileTests {
    private static func folder() throws -> URL {
        try TestFolders.make("file")
    }

    private static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }

    @Test func sqliteMakesANewDatabasePrivateToItsOwnerInAPrivateFolder() throws {
        let path = try Self.folder().appendingPathComponent("new/pks.sqlite").path
        _ = try SQLiteBackend.file(path, clock: .system).migrate()
        #expect(try Self.mode(path) == 0o600)
        #expect(try Self.mode((path as NSString).deletingLastPathComponent) == 0o700)
        for journal in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + journal) {
            #expect(try Self.mode(path + journal) & 0o077 == 0, "\(journal) is readable by others")
        }
    }

    @Test func sqliteRefusesAnotherProgramsFileAndLeavesItAsItWas() throws {
        let path = try Self.folder().appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x')") }
        let store = Store(backend: SQLiteBackend.file(path, clock: .system), clock: .system)
        #expect(throws: StoreError.notAPksDatabase(path, tables: ["songs"])) { _ = try store.isInitialized() }
        let tables = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
        #expect(tables == ["songs"])
    }

    @Test func sqliteTellsOnceThatItMigratedAnOlderFile() throws {
        let path = try Self.folder().appendingPathComponent("old.sqlite").path
        try SQLiteMigrations.migrator.migrate(DatabaseQueue(path: path), upTo: "v3: users in account, as on PostgreSQL")
        let backend = SQLiteBackend.file(path, clock: .system)
        _ = try backend.isInitialized()
        #expect(backend.takeMigrationNotice()! == (3, SQLiteMigrations.version))
        #expect(backend.takeMigrationNotice() == nil)
    }
}
