import PKCore

/// A database that holds the catalogue: a SQLite file (embedded) or a PostgreSQL server (shared).
/// `Store` runs every policy above it — rights, institution scope, validation, audit wording, the
/// revision rule; a backend finds, inserts and updates what it is told to, in transactions it is asked for.
public protocol StoreBackend: AnyObject, Sendable {
    /// The database as messages name it: a file path, or the server's URI without its password.
    var location: String { get }

    /// Whether the database has its first administrator; nil when that can only be known after logging
    /// in (a server tells nobody before). Throws `StoreError.noDatabase` when there is none to open.
    func isInitialized() throws -> Bool?

    /// Creates what is missing of the schema, the administrators' institution and the first administrator
    /// (rights without end date). `passwordCost` is for backends that hash passwords themselves;
    /// `trustClientClock` for servers, whose clock a training database may leave to pks.
    func initialize(administrator: NewUser, password: String, passwordCost: Int, trustClientClock: Bool) throws -> User

    /// Applies the schema versions the database lacks; returns the versions before and after.
    func migrate() throws -> (from: Int, to: Int)

    /// Checks a login's password (asked for only when needed) and returns the user as stored; throws
    /// `AuthenticationError` when it is refused. Rights are the store's to judge, except where the
    /// database itself refuses a closed login.
    func authenticate(login: String, password: () throws -> String, today: CalendarDate) throws -> User

    /// A migration that opening the database made and nobody has been told of (once).
    func takeMigrationNotice() -> (from: Int, to: Int)?

    /// The user's session is over (a server closes its connection).
    func endSession(of user: User)

    /// Runs `body` in one transaction that sees one consistent state, as `user`.
    func read<T>(as user: User, _ body: (any CatalogueTransaction) throws -> T) throws -> T

    /// Runs independent lookups whose findings a later write checks again, as cheaply as the backend can.
    func lookUp<T>(as user: User, _ body: (any CatalogueTransaction) throws -> T) throws -> T

    /// Runs `body` in one transaction (a savepoint inside a script's transaction); nothing of a failed
    /// write is left behind.
    func write<T>(as user: User, _ body: (any CatalogueTransaction) throws -> T) throws -> T

    /// Runs `body` with every read and write joining one transaction, committed only when `body` returns
    /// true. Returns whether it was committed. `purpose` tells others who wait for the database what holds it.
    func inOneTransaction(purpose: String, _ body: () -> Bool) throws -> Bool

    /// What the database keeps of a new password (a hash, a verifier), computed before the transaction
    /// that stores it, since good ones are slow to make.
    func credential(for password: String, login: String, as user: User) throws -> Credential
}

/// What a database keeps to check a password: never the password itself.
public struct Credential: Sendable {
    public let stored: String

    public init(stored: String) { self.stored = stored }
}

/// A user to be created: who they are and the rights they get.
public struct NewUser: Sendable, Equatable {
    public let login: String
    public let fullName: String
    public let institutionID: Int64?
    public let role: Role
    public let validUntil: CalendarDate?

    public init(login: String, fullName: String, institutionID: Int64?, role: Role, validUntil: CalendarDate?) {
        self.login = login
        self.fullName = fullName
        self.institutionID = institutionID
        self.role = role
        self.validUntil = validUntil
    }
}

/// One entry to append to the audit trail; the backend stamps it with the time (and, on a server, the role).
public struct AuditRecord: Sendable, Equatable {
    public let user: User
    public let institutionID: Int64?
    public let serviceCode: String?
    public let year: Int?
    public let action: AuditAction
    public let detail: AuditDetail

    public init(by user: User, institution: Int64?, service: String? = nil, year: Int? = nil, action: AuditAction, detail: AuditDetail) {
        self.user = user
        institutionID = institution
        serviceCode = service
        self.year = year
        self.action = action
        self.detail = detail
    }
}

/// One institution's records of one year.
public struct RecordGroup: Sendable, Equatable {
    public let institutionID: Int64
    public let year: Int

    public init(institutionID: Int64, year: Int) {
        self.institutionID = institutionID
        self.year = year
    }
}

/// Which records a query returns: every condition given must hold.
public struct RecordFilter: Sendable, Equatable {
    public var institutionID: Int64?
    public var serviceID: Int64?
    public var year: Int?
    /// Whether the records are read to be changed on what they hold (submit, import): they stay locked until
    /// the transaction ends, so that a save elsewhere waits rather than slip in between. SQLite's writer holds
    /// the whole database anyway; PostgreSQL locks the rows (FOR UPDATE).
    public var forUpdate: Bool

    public init(institution: Int64? = nil, service: Int64? = nil, year: Int? = nil, forUpdate: Bool = false) {
        institutionID = institution
        serviceID = service
        self.year = year
        self.forUpdate = forUpdate
    }
}
