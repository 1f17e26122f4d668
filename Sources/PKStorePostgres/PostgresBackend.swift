import Foundation
import PKCore
import PKStore

/// The catalogue on a shared PostgreSQL server through libpq. Every user is a login role of the server,
/// and every session acts through a connection of its own, so the server's row-level security, triggers
/// and privileges decide what it may see and change — the same for pks as for psql.
public final class PostgresBackend: StoreBackend, @unchecked Sendable {
    /// The URI as given (`postgresql://…`), passed to libpq untouched.
    let uri: String
    public let location: String
    let clock: Clock
    /// Whether pks sends its clock to the server (`$PKS_NOW`, `$PKS_TODAY`); only a database made with
    /// `--trust-client-clock` takes it.
    let sendsClock: Bool
    /// Asks for the owner's password when libpq finds none (`PGPASSWORD`, `~/.pgpass`); nil: cannot ask.
    let askOwnerPassword: @Sendable (String) -> String?
    /// The connection of each logged-in user.
    let connections: Connections
    /// Set while a script runs in one transaction: the one connection that joined it, once one did.
    var scriptTransaction: ScriptTransaction?

    /// Whether `text` names a PostgreSQL database rather than a SQLite file.
    public static func isURI(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    public init(uri: String, clock: Clock, sendsClock: Bool, askOwnerPassword: @escaping @Sendable (String) -> String?) {
        self.uri = uri
        location = Self.withoutPassword(uri)
        self.clock = clock
        self.sendsClock = sendsClock
        self.askOwnerPassword = askOwnerPassword
        connections = Connections()
    }

    /// The same database and sessions seen with another clock (tests: a session that runs on past a date).
    init(sharingSessionsOf other: PostgresBackend, clock: Clock) {
        uri = other.uri
        location = other.location
        self.clock = clock
        sendsClock = other.sendsClock
        askOwnerPassword = other.askOwnerPassword
        connections = other.connections
    }

    /// The URI's login (`postgresql://ieva@host/db`), the default for `--user`.
    public var uriLogin: String? {
        guard let authority = uri.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false).dropFirst(2).first,
              let at = authority.lastIndex(of: "@") else { return nil }
        let login = authority[..<at].split(separator: ":").first.map(String.init) ?? ""
        return login.isEmpty ? nil : login.removingPercentEncoding ?? login
    }

    /// The URI with the password of its authority part replaced, for messages.
    static func withoutPassword(_ uri: String) -> String {
        guard let scheme = uri.range(of: "://") else { return uri }
        let rest = uri[scheme.upperBound...]
        guard let at = rest.firstIndex(of: "@"), !rest[..<at].contains("/"),
              let colon = rest[..<at].firstIndex(of: ":") else { return uri }
        return String(uri[..<rest.index(after: colon)]) + "…" + String(rest[at...])
    }

    /// Before a login nothing can be known of the database: the server answers only once connected.
    public func isInitialized() throws -> Bool? { nil }

    /// Only the owner's `migrate` changes the schema, and says so itself.
    public func takeMigrationNotice() -> (from: Int, to: Int)? { nil }

    public func endSession(of user: User) {
        // A connection holding a script's transaction stays until the transaction ends.
        if let script = scriptTransaction, script.connection === connections.byUser[user.id] { return }
        connections.byUser[user.id] = nil
    }

    func connection(of user: User) throws -> PostgresConnection {
        guard let connection = connections.byUser[user.id] else { throw StoreError.rightsNoLongerValid(login: user.login) }
        return connection
    }

    public func read<T>(as user: User, _ body: (any CatalogueTransaction) throws -> T) throws -> T {
        try transaction(as: user, begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    /// Independent lookups run as single statements, without BEGIN … COMMIT round trips.
    public func lookUp<T>(as user: User, _ body: (any CatalogueTransaction) throws -> T) throws -> T {
        let connection = try connection(of: user)
        if scriptTransaction != nil { return try transaction(as: user, begin: "BEGIN", body) }
        try sendClock(on: connection)
        return try body(PostgresTransaction(connection: connection, backend: self))
    }

    public func write<T>(as user: User, _ body: (any CatalogueTransaction) throws -> T) throws -> T {
        try transaction(as: user, begin: "BEGIN", body)
    }

    /// Runs `body` in a transaction on the user's connection; inside a script's transaction, in a savepoint.
    private func transaction<T>(as user: User, begin: String, _ body: (any CatalogueTransaction) throws -> T) throws -> T {
        let connection = try connection(of: user)
        let (start, keep, undo): (String, String, String)
        if let script = scriptTransaction {
            try script.join(connection, as: user, clock: clockSetting)
            (start, keep, undo) = ("SAVEPOINT pks_command", "RELEASE SAVEPOINT pks_command", "ROLLBACK TO SAVEPOINT pks_command")
        } else {
            (start, keep, undo) = (begin + ";" + clockSetting(local: true), "COMMIT", "ROLLBACK")
        }
        try connection.execute(start)
        do {
            let result = try body(PostgresTransaction(connection: connection, backend: self))
            try connection.execute(keep)
            return result
        } catch {
            try? connection.execute(undo)
            if let error = error as? PostgresError, error.sqlState == PostgresError.lockNotAvailable {
                throw lockTimeout(on: connection, for: user)
            }
            throw Self.storeError(error)
        }
    }

    /// Rows are locked one by one: only a session that writes the same rows waits for the script, and is told
    /// who may hold them by the script's `application_name` (`ScriptName`), which the server shows to every role.
    public func inOneTransaction(purpose: String, _ body: () -> Bool) throws -> Bool {
        let script = ScriptTransaction(purpose: purpose)
        scriptTransaction = script
        defer { scriptTransaction = nil }
        let committed = body()
        guard let connection = script.connection else { return committed }
        try connection.execute(committed ? "COMMIT" : "ROLLBACK")
        _ = try? connection.query("SELECT set_config('application_name', $1, false)", [Self.applicationName])
        return committed
    }

    /// What each connection calls itself on the server; a script's transaction says what it is (`ScriptName`).
    static let applicationName = "pks"

    /// A write that waited `Store.longestWriteWait` for rows another session locked: refused, naming the open
    /// script transactions that may hold them (their logins and what they are), when there are any.
    func lockTimeout(on connection: PostgresConnection, for user: User) -> StoreError {
        let holders: [String] = (try? connection.query("""
            SELECT usename, application_name FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()
              AND EXISTS (SELECT 1 FROM unnest($1::text[]) AS seen (prefix) WHERE starts_with(application_name, seen.prefix))
            ORDER BY pid
            """, [PostgresArray.literal(ScriptName.prefixes(seenBy: user))]).rows { row -> String in
                let login = row.text()
                return "\(ScriptName.purpose(in: row.text())) (\(login))"
            }) ?? []
        return StoreError.databaseBusy(holder: holders.isEmpty ? nil : holders.joined(separator: "; "), since: nil,
                                       seconds: Store.longestWriteWait)
    }

    /// `SET [LOCAL] pks.now = '…'` when pks sends its clock, else nothing.
    func clockSetting(local: Bool) -> String {
        sendsClock ? "SET \(local ? "LOCAL " : "")pks.now = '\(clock.now().description)'" : ""
    }

    private var clockSetting: String { clockSetting(local: false) }

    /// The clock for single statements outside transactions.
    func sendClock(on connection: PostgresConnection) throws {
        if sendsClock { try connection.execute(clockSetting(local: false)) }
    }

    /// A failure as the store reports it: refusals of the store as they are, the server's words otherwise.
    static func storeError(_ error: any Error) -> any Error {
        switch error {
        case let error as PostgresError: StoreError.database(error.message)
        default: error
        }
    }
}

/// The connection of each logged-in user, by account id.
final class Connections: @unchecked Sendable {
    var byUser: [Int64: PostgresConnection] = [:]
}

/// The open transaction of a script run with `--single-transaction` or `--dry-run`: one connection, so
/// one user. Used by one thread at a time, the interpreter's.
final class ScriptTransaction: @unchecked Sendable {
    private(set) var connection: PostgresConnection?
    /// What the script is (`pks run yearly.pks`), for its `application_name`.
    let purpose: String

    init(purpose: String) { self.purpose = purpose }

    /// Begins the transaction on the first connection used; a second user's connection cannot join it.
    func join(_ candidate: PostgresConnection, as user: User, clock: String) throws {
        if let connection {
            guard connection === candidate else { throw StoreError.oneUserPerScriptTransaction }
            if !clock.isEmpty { try connection.execute(clock) }
            return
        }
        // The server cuts it to 63 bytes.
        _ = try candidate.query("SELECT set_config('application_name', $1, false)", [ScriptName.of(purpose, by: user)])
        try candidate.execute("BEGIN" + (clock.isEmpty ? "" : "; " + clock))
        connection = candidate
    }
}

/// A script transaction's `application_name`: `pks: CARN: pks run yearly.pks`, `*` in place of the institution
/// for an administrator's, which may hold any institution's rows. A write kept waiting names the scripts that
/// may hold its rows: its own institution's and administrators' (for an administrator, every one); other
/// institutions' scripts, and who runs them, stay unnamed.
enum ScriptName {
    static let prefix = "pks: "

    static func of(_ purpose: String, by user: User) -> String { prefix + scope(of: user) + ": " + purpose }

    static func prefixes(seenBy user: User) -> [String] {
        user.isAdministrator ? [prefix] : [prefix + scope(of: user) + ": ", prefix + "*: "]
    }

    /// The purpose of a name made by `of`.
    static func purpose(in name: String) -> String {
        let scoped = name.dropFirst(prefix.count)
        return String(scoped.range(of: ": ").map { scoped[$0.upperBound...] } ?? scoped)
    }

    private static func scope(of user: User) -> String { user.isAdministrator ? "*" : user.institution.code }
}
