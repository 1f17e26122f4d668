import PKCore

/// The catalogue's data, whichever database holds it. Every read and write of services and statistics goes
/// through here, scoped to the caller's institution and checked against their rights as stored now;
/// callers cannot get around the checks. The backend underneath only stores and finds.
public struct Store: Sendable {
    let backend: any StoreBackend
    let clock: Clock

    /// How long a write waits for another session's transaction (a script's, on SQLite the whole database;
    /// on PostgreSQL the rows it locked), in seconds; then it is refused, naming the holder when known.
    public static let longestWriteWait = 10

    public init(backend: any StoreBackend, clock: Clock) {
        self.backend = backend
        self.clock = clock
    }

    /// The database as messages name it (a file path, a server URI).
    public var location: String { backend.location }

    /// Runs `body` with every read and write joining one transaction, committed only when `body`
    /// returns true. Returns whether it was committed.
    public func inOneTransaction(purpose: String, _ body: () -> Bool) throws(StoreError) -> Bool {
        try Self.wrap { try backend.inOneTransaction(purpose: purpose, body) }
    }

    /// A migration that opening the database made, once: the shell tells the user.
    public func takeMigrationNotice() -> (from: Int, to: Int)? { backend.takeMigrationNotice() }

    /// A consistent read as the principal.
    func read<T>(_ principal: Principal, _ body: (any CatalogueTransaction) throws -> T) throws(StoreError) -> T {
        try Self.wrap { try backend.read(as: principal.user, body) }
    }

    /// Lookups whose findings a later write checks again.
    func lookUp<T>(_ principal: Principal, _ body: (any CatalogueTransaction) throws -> T) throws(StoreError) -> T {
        try Self.wrap { try backend.lookUp(as: principal.user, body) }
    }

    /// A write in one transaction as the principal; a failed write leaves nothing behind.
    func write<T>(_ principal: Principal, _ body: (any CatalogueTransaction) throws -> T) throws(StoreError) -> T {
        try Self.wrap { try backend.write(as: principal.user, body) }
    }

    /// Runs `body`, turning a domain refusal or a database failure into a `StoreError`.
    static func wrap<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw storeError(error)
        }
    }

    /// A failure as the store reports it: its own errors as they are, domain refusals inside them,
    /// anything else as a failure of the database.
    static func storeError(_ error: any Error) -> StoreError {
        switch error {
        case let error as StoreError: error
        case let error as PKCore.RecordError: .refused(error)
        case let error as RuleError: .rule(error)
        default: .database(String(describing: error))
        }
    }
}

/// The costs of password hashes, for backends that hash passwords themselves (yescrypt's cost).
public enum PasswordCost {
    /// About 100 ms per hash on a 2-core build machine (cost 1: under 2 ms, for test databases).
    public static let standard = 7
    public static let accepted = 1...11
}
