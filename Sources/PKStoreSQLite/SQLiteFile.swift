import Foundation
import GRDB
import PKStore

/// How pks opens a database file: a new one private to its owner (0600, in a 0700 folder when pks makes
/// the folder), an existing one only when pks made it, read-only when it may not be written (a copy on a
/// share, a backup), migrated when it is pks's and older.
enum SQLiteFile {
    /// An open database, and what opening it did.
    struct Opened {
        let writer: any DatabaseWriter
        let isReadOnly: Bool
        /// The schema versions the file was migrated from and to, when it was an older pks's.
        let migration: (from: Int, to: Int)?
        /// The schema version the file had when opened.
        let versionWhenOpened: Int
    }

    static func open(_ path: String, configuration: Configuration) throws -> Opened {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if isFolder.boolValue { throw StoreError.databaseIsFolder(path) }
        if !exists { try create(path) }
        let isReadOnly = exists && access(path, W_OK) != 0
        var configuration = configuration
        configuration.readonly = isReadOnly
        let writer: any DatabaseWriter = isReadOnly ? try readOnly(path, configuration: configuration)
            : try DatabaseQueue(path: path, configuration: configuration)
        let migrator = SQLiteMigrations.migrator
        // The applied migrations read here with the tables, in one transaction: GRDB's `appliedIdentifiers` made its
        // set through generic code that searched every protocol conformance, 0.5 M instructions a start (callgrind).
        let (tables, applied) = try writer.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                """)
            guard tables.contains("grdb_migrations") else { return (tables, Set<String>()) }
            return (tables, Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")))
        }
        let known = Set(migrator.migrations)
        if !tables.isEmpty && applied.isDisjoint(with: known) {
            throw StoreError.notAPksDatabase(path, tables: tables.filter { $0 != "grdb_migrations" }.sorted())
        }
        if !applied.isSubset(of: known) {
            throw StoreError.schemaTooNew(location: path, database: applied.count, program: known.count)
        }
        if applied.count < known.count {
            if isReadOnly { throw StoreError.readOnlyOlderSchema(path, database: applied.count, program: known.count) }
            try migrator.migrate(writer)
        }
        let migrated = !applied.isEmpty && applied.count < known.count
        return Opened(writer: writer, isReadOnly: isReadOnly, migration: migrated ? (applied.count, known.count) : nil,
                      versionWhenOpened: applied.count)
    }

    /// A file that may only be read. In WAL mode SQLite needs its shared-memory file beside it, which a
    /// read-only folder (a share, a backup medium) cannot hold: then the file is read as immutable, as a
    /// copy nobody changes.
    private static func readOnly(_ path: String, configuration: Configuration) throws -> DatabaseQueue {
        if let queue = try? DatabaseQueue(path: path, configuration: configuration),
           (try? queue.read { try $0.execute(sql: "SELECT 1 FROM sqlite_master LIMIT 1") }) != nil { return queue }
        let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#"))) ?? path
        return try DatabaseQueue(path: "file:\(escaped)?immutable=1", configuration: configuration)
    }

    /// An empty file readable by its owner only, in a folder made private when pks makes it: the file holds
    /// password hashes and every institution's figures.
    private static func create(_ path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.database("cannot create the folder \(folder): \(error.localizedDescription)")
        }
        let descriptor = Glibc.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.database("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        close(descriptor)
    }
}
