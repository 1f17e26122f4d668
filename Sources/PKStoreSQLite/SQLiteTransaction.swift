import GRDB
import PKCore
import PKStore

/// The catalogue's operations on one SQLite connection inside a transaction (or a script's).
struct SQLiteTransaction: CatalogueTransaction {
    let db: Database
    let clock: Clock

    init(_ db: Database, clock: Clock) {
        self.db = db
        self.clock = clock
    }

    /// `FROM` and joins under which `Projection.user` reads.
    static let userSource = "FROM account JOIN institution ON institution.id = account.institution_id"

    private static let userByID = Projection.user.select(userSource + " WHERE account.id = ?")

    func user(id: Int64) throws -> User? {
        try db.fetchOne(.user, select: Self.userByID, arguments: [id])
    }

    func user(login: String) throws -> User? {
        try db.fetchOne(.user, Self.userSource + " WHERE account.login = ?", arguments: [login])
    }

    func users() throws -> [User] {
        try db.fetchAll(.user, Self.userSource + " ORDER BY institution.code, account.login")
    }

    func institution(code: String) throws -> Institution? {
        try db.fetchOne(.institution, "FROM institution WHERE code = ?", arguments: [code])
    }

    func institutions() throws -> [Institution] {
        try db.fetchAll(.institution, "FROM institution ORDER BY code")
    }

    func insertInstitution(code: String, name: String) throws -> Institution {
        guard try institution(code: code) == nil else { throw StoreError.duplicateInstitution(code) }
        try db.execute(cached: "INSERT INTO institution (code, name) VALUES (?, ?)", arguments: [code, name])
        return Institution(id: db.lastInsertedRowID, code: code, name: name)
    }

    func insertUser(_ user: NewUser, credential: Credential) throws -> User {
        guard try self.user(login: user.login) == nil else { throw StoreError.duplicateLogin(user.login) }
        try db.execute(cached: """
            INSERT INTO account (login, full_name, institution_id, role, valid_until, password_hash, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [user.login, user.fullName, user.institutionID, user.role.rawValue, user.validUntil?.description,
                             credential.stored, now])
        return try self.user(id: db.lastInsertedRowID)!
    }

    func renewRights(of user: User, until: CalendarDate) throws {
        try db.execute(cached: "UPDATE account SET valid_until = ?, closed_at = NULL WHERE id = ?",
                       arguments: [until.description, user.id])
    }

    func closeRights(of user: User) throws {
        try db.execute(cached: "UPDATE account SET closed_at = ? WHERE id = ?", arguments: [now, user.id])
    }

    func unlockLogin(_ login: String) throws -> Bool {
        try db.execute(cached: "DELETE FROM login_failure WHERE login = ?", arguments: [login])
        return db.changesCount > 0
    }

    func passwordMatches(_ password: String, of user: User) throws -> Bool {
        guard let stored = try db.fetchText(cached: "SELECT password_hash FROM account WHERE id = ?", arguments: [user.id]) else {
            return false
        }
        return PasswordHasher.verify(password, against: stored)
    }

    func replaceCredential(of user: User, with credential: Credential) throws {
        try db.execute(cached: "UPDATE account SET password_hash = ? WHERE id = ?", arguments: [credential.stored, user.id])
    }

    func passwordCost() throws -> Int {
        try db.fetchText(cached: "SELECT value FROM setting WHERE key = 'password_cost'").flatMap(Int.init) ?? PasswordCost.standard
    }

    func setPasswordCost(_ cost: Int) throws {
        try db.execute(cached: "INSERT OR REPLACE INTO setting (key, value) VALUES ('password_cost', ?)", arguments: [String(cost)])
    }

    func appendAudit(_ entry: AuditRecord) throws { try appendAudits([entry]) }

    func appendAudits(_ entries: [AuditRecord]) throws {
        let at = now
        var rows = RowBatch(db, "INSERT INTO audit (at, user_id, institution_id, service_code, year, action, detail) VALUES",
                            row: "(?, ?, ?, ?, ?, ?, ?)", count: entries.count)
        for entry in entries {
            try rows.add { row in
                row.bind(at)
                row.bind(entry.user.id)
                row.bind(entry.institutionID)
                row.bind(entry.serviceCode)
                row.bind(entry.year)
                row.bind(entry.action.rawValue)
                row.bind(entry.detail.stored)
            }
        }
    }

    func auditTrail(_ filter: AuditFilter) throws -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        // The most selective equality given picks the index (service, author, institution; each ends in time order,
        // which the first day narrows); the others are written `+column` so that, without the planner's
        // statistics, SQLite cannot pick a wider index instead.
        func require(_ column: String, equals value: (any DatabaseValueConvertible)?, as operand: String = "?") {
            guard let value else { return }
            conditions.append((conditions.isEmpty ? "" : "+") + "\(column) = \(operand)")
            arguments += [value]
        }
        require("audit.service_code", equals: filter.serviceCode)
        require("audit.user_id", equals: filter.login, as: "(SELECT id FROM account WHERE login = ?)")
        require("audit.institution_id", equals: filter.institutionID)
        if let since = filter.since {
            conditions.append("audit.at >= ?")
            arguments += [since.description]
        }
        let filterText = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try db.fetchAll(cached: """
            SELECT audit.id, audit.at, account.login, institution.code, audit.service_code, audit.year, audit.action, audit.detail
            FROM audit CROSS JOIN account ON account.id = audit.user_id
            LEFT JOIN institution ON institution.id = audit.institution_id
            \(filterText) ORDER BY audit.at DESC, audit.id DESC LIMIT ?
            """, arguments: arguments + [filter.limit ?? -1]) { row in
            AuditEntry(id: row.integer(), at: Timestamp(iso: row.text()), login: row.text(), institutionCode: row.nextText(),
                       serviceCode: row.nextText(), year: row.nextInt(), action: row.text(), detail: row.text())
        }
    }

    /// The time a write is stamped with, as stored.
    var now: String { clock.now().description }
}
