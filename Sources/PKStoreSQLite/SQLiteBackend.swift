import Foundation
import GRDB
import PKCore
import PKStore
import CSQLiteMode

/// The catalogue in a SQLite file (or in memory, for tests), through GRDB: WAL, a busy timeout, foreign
/// keys, migrations on first use. One database for every user of the process; pks hashes passwords itself.
public final class SQLiteBackend: StoreBackend, @unchecked Sendable {
    public let location: String
    /// The file, for a database on disk (nil in memory).
    private let path: String?
    let clock: Clock
    private let open: () throws -> SQLiteFile.Opened
    /// The database once opened and migrated; the interpreter uses a backend from one thread at a time.
    private var opened: SQLiteFile.Opened?
    /// Failed logins counted beside the file while a script holds it (none for a database in memory).
    var failedLoginSpill: FailedLoginSpill? { path.map(FailedLoginSpill.init(database:)) }
    /// A migration of an older pks's file not yet told.
    private var untoldMigration: (from: Int, to: Int)?
    /// Set while a script runs in one transaction: every read and write joins it.
    var transaction: ScriptTransaction?

    private init(location: String, path: String?, clock: Clock, open: @escaping () throws -> SQLiteFile.Opened) {
        self.location = location
        self.path = path
        self.clock = clock
        self.open = open
    }

    /// The database file at `path`, created (with its folder) when first used.
    public static func file(_ path: String, clock: Clock) -> SQLiteBackend {
        SQLiteBackend(location: path, path: path, clock: clock) { try SQLiteFile.open(path, configuration: configuration) }
    }

    /// A private database in memory, for tests.
    public static func inMemory(clock: Clock) -> SQLiteBackend {
        SQLiteBackend(location: ":memory:", path: nil, clock: clock) {
            let writer = try DatabaseQueue(configuration: configuration)
            try SQLiteMigrations.migrator.migrate(writer)
            return SQLiteFile.Opened(writer: writer, isReadOnly: false, migration: nil, versionWhenOpened: 0)
        }
    }

    /// How long a write waits for another session's transaction, in seconds.
    static let busyTimeout = TimeInterval(Store.longestWriteWait)

    /// SQLite without a mutex around every call on a connection, before the process opens its first: GRDB
    /// lets one thread at a time use a connection, the only mode it supports. Reading a column took twice
    /// as long with the mutex (an export of 10,000 records: 35 → 18 ms of SQLite).
    private static let multiThreaded: Void = { _ = pks_sqlite_multithread() }()

    /// The journal is set to WAL by each connection rather than by a GRDB pool, which opens a second
    /// connection (its own parse of the schema) and writes a table and drops it at every start (two
    /// durable syncs, and two more to checkpoint them when the process ends).
    private static var configuration: Configuration {
        _ = multiThreaded
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            if !db.configuration.readonly {
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        return configuration
    }

    /// The database, opened (and migrated when it is an older pks's) on first use.
    var writer: any DatabaseWriter {
        get throws { try database.writer }
    }

    private var database: SQLiteFile.Opened {
        get throws {
            if let opened { return opened }
            let database = try open()
            opened = database
            untoldMigration = database.migration
            return database
        }
    }

    public func takeMigrationNotice() -> (from: Int, to: Int)? {
        defer { untoldMigration = nil }
        return untoldMigration
    }

    /// Throws `noDatabase` when the file does not exist: only `init` makes one, so a mistyped `--db` leaves
    /// nothing behind.
    public func isInitialized() throws -> Bool? {
        if opened == nil, let path, !FileManager.default.fileExists(atPath: path) {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            throw StoreError.noDatabase(path: path, missingFolder: FileManager.default.fileExists(atPath: folder) ? nil : folder)
        }
        return try read { try $0.fetchInteger(cached: "SELECT EXISTS (SELECT 1 FROM account WHERE role = 'admin')") == 1 }
    }

    public func read<T>(as user: User, _ body: (any CatalogueTransaction) throws -> T) throws -> T {
        try read { try body(SQLiteTransaction($0, clock: clock)) }
    }

    /// A read in one transaction, or in the script's transaction.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        if let db = transaction?.database { return try body(db) }
        return try explained { try writer.read(body) }
    }

    /// Lookups in one deferred transaction, or in the script's transaction. One transaction rather than
    /// none takes SQLite's shared lock once, not per query (fcntl calls per replayed record 12 → 8). Its
    /// BEGIN and COMMIT are prepared once: GRDB's `inTransaction` parses them each time (29,000
    /// instructions a record, callgrind). The lookups only read, so they need none of its care for writes
    /// after an aborted transaction.
    public func lookUp<T>(as user: User, _ body: (any CatalogueTransaction) throws -> T) throws -> T {
        if let db = transaction?.database { return try body(SQLiteTransaction(db, clock: clock)) }
        return try explained { try writer.writeWithoutTransaction { db in
            try db.execute(cached: "BEGIN DEFERRED")
            do {
                let result = try body(SQLiteTransaction(db, clock: clock))
                try db.execute(cached: "COMMIT")
                return result
            } catch {
                if db.isInsideTransaction { try? db.execute(cached: "ROLLBACK") }
                throw error
            }
        } }
    }

    public func write<T>(as user: User, _ body: (any CatalogueTransaction) throws -> T) throws -> T {
        try write { try body(SQLiteTransaction($0, clock: clock)) }
    }

    /// A write in one transaction, or in a savepoint of the script's transaction.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard let db = transaction?.database else { return try explained { try writer.write(body) } }
        var result: T?
        try db.inSavepoint {
            result = try body(db)
            return .commit
        }
        return result!
    }

    /// Failed logins inside are recorded after it ends, whatever happens to it. Who holds the database is
    /// written down first (and rubbed out after), so that others who must wait can be told.
    public func inOneTransaction(purpose: String, _ body: () -> Bool) throws -> Bool {
        let transaction = ScriptTransaction()
        var committed = false
        defer { recordFailedLogins(transaction.failedLogins) }
        try explained { try writer.write { try DatabaseHolder.claim(purpose, db: $0, at: clock.now()) } }
        defer { try? writer.write { try DatabaseHolder.release($0) } }
        try explained { try writer.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                transaction.database = db
                self.transaction = transaction
                defer {
                    transaction.database = nil
                    self.transaction = nil
                }
                committed = body()
                return committed ? .commit : .rollback
            }
        } }
        return committed
    }

    /// Runs `body`, saying what a failure means: a database held by another session for as long as a
    /// write waits (and who holds it), or a file that may only be read.
    func explained<T>(_ body: () throws -> T) throws -> T {
        let started = clock.now()
        do {
            return try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            let waited = max(clock.now().seconds - started.seconds, Int(Self.busyTimeout))
            let holder = try? writer.read(DatabaseHolder.current)
            throw StoreError.databaseBusy(holder: holder?.description, since: holder?.since, seconds: waited)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY {
            throw StoreError.readOnlyDatabase(location)
        }
    }

    public func credential(for password: String, login: String, as user: User) throws -> Credential {
        let cost = try read(as: user) { try $0.passwordCost() }
        return Credential(stored: try PasswordHasher.hash(password, cost: cost))
    }

    /// A SQLite file always keeps pks's own clock, so `trustClientClock` changes nothing here.
    public func initialize(administrator: NewUser, password: String, passwordCost: Int, trustClientClock: Bool) throws -> User {
        let hash = try PasswordHasher.hash(password, cost: passwordCost)
        return try write { db in
            let transaction = SQLiteTransaction(db, clock: clock)
            guard try db.fetchInteger(cached: "SELECT COUNT(*) FROM account") == 0 else { throw StoreError.alreadyInitialized }
            try transaction.setPasswordCost(passwordCost)
            let owner = Store.administratorInstitution
            try db.execute(cached: "INSERT OR IGNORE INTO institution (code, name) VALUES (?, ?)", arguments: [owner.code, owner.name])
            let institution = try transaction.institution(code: owner.code)!
            let first = NewUser(login: administrator.login, fullName: administrator.fullName, institutionID: institution.id,
                                role: .administrator, validUntil: nil)
            return try transaction.insertUser(first, credential: Credential(stored: hash))
        }
    }

    public func endSession(of user: User) {}

    /// Opening migrates; this names the versions before and after.
    public func migrate() throws -> (from: Int, to: Int) {
        let database = try database
        untoldMigration = nil
        return (database.versionWhenOpened, SQLiteMigrations.version)
    }
}

/// The open transaction of a script run with `--single-transaction` or `--dry-run`.
/// Used by one thread at a time: the interpreter's.
final class ScriptTransaction: @unchecked Sendable {
    var database: Database?
    /// Failed logins seen inside the transaction; written after it ends, so a rollback cannot erase them.
    var failedLogins: [(login: String, at: Timestamp)] = []
}
