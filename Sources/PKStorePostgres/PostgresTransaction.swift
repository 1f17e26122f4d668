import PKCore
import PKStore

/// The catalogue's operations on one user's connection, inside a transaction. The server adds its own
/// checks under every one: a row the user may not see is not there.
struct PostgresTransaction: CatalogueTransaction {
    let connection: PostgresConnection
    /// The backend, for the connections a password check opens.
    let backend: PostgresBackend

    /// `FROM` and joins under which `Projection.user` reads.
    static let userSource = "FROM pks.account AS account JOIN pks.institution AS institution ON institution.id = account.institution_id"

    func user(id: Int64) throws -> User? {
        try connection.fetchOne(.user, Self.userSource + " WHERE account.id = $1", [String(id)])
    }

    func user(login: String) throws -> User? {
        try connection.fetchOne(.user, Self.userSource + " WHERE account.login_key = lower($1)", [login])
    }

    func users() throws -> [User] {
        try connection.fetchAll(.user, Self.userSource + " ORDER BY institution.code_key COLLATE \"C\", account.login_key COLLATE \"C\"")
    }

    func institution(code: String) throws -> Institution? {
        try connection.fetchOne(.institution, "FROM pks.institution AS institution WHERE code_key = lower($1)", [code])
    }

    func institutions() throws -> [Institution] {
        try connection.fetchAll(.institution, "FROM pks.institution AS institution ORDER BY code_key COLLATE \"C\"")
    }

    func insertInstitution(code: String, name: String) throws -> Institution {
        do {
            let id = try connection.query("INSERT INTO pks.institution (code, name) VALUES ($1, $2) RETURNING id", [code, name]).integer!
            return Institution(id: id, code: code, name: name)
        } catch let error as PostgresError where error.sqlState == PostgresError.uniqueViolation {
            throw StoreError.duplicateInstitution(code)
        }
    }

    func insertUser(_ user: NewUser, credential: Credential) throws -> User {
        let id = try grantRights(user, verifier: credential.stored)
        return try self.user(id: id)!
    }

    /// Creates the user's login role and account (the server's `pks.grant_rights`).
    func grantRights(_ user: NewUser, verifier: String) throws -> Int64 {
        do {
            return try connection.query("SELECT pks.grant_rights($1, $2, $3, $4, $5, $6)", [
                user.login, user.fullName, user.institutionID.map(String.init), user.role.rawValue,
                user.validUntil?.description, verifier,
            ]).integer!
        } catch {
            throw Self.refusal(error, login: user.login)
        }
    }

    /// A taken login as the store names it; anything else as it came.
    static func refusal(_ error: any Error, login: String) -> any Error {
        if let error = error as? PostgresError, error.sqlState == PostgresError.uniqueViolation {
            return StoreError.duplicateLogin(login)
        }
        return error
    }

    func renewRights(of user: User, until: CalendarDate) throws {
        try connection.query("SELECT pks.renew_rights($1, $2)", [user.login, until.description])
    }

    func closeRights(of user: User) throws {
        try connection.query("SELECT pks.close_rights($1)", [user.login])
    }

    func unlockLogin(_ login: String) throws -> Bool { throw StoreError.serverSlowsGuessing }

    /// Asks the server: a connection of its own with the password either opens or is refused.
    func passwordMatches(_ password: String, of user: User) throws -> Bool {
        guard !password.isEmpty else { return false }
        do {
            _ = try PostgresConnection(backend.parameters(user: user.login.lowercased(), password: password))
            return true
        } catch .authentication {
            return false
        } catch {
            throw StoreError.database("\(error)")
        }
    }

    /// A role may set its own password: the verifier replaces the old one.
    func replaceCredential(of user: User, with credential: Credential) throws {
        guard credential.stored.hasPrefix("SCRAM-SHA-256$") else { throw StoreError.passwordHashingFailed }
        try connection.execute("ALTER ROLE SESSION_USER PASSWORD '\(credential.stored.replacingOccurrences(of: "'", with: "''"))'")
    }

    func passwordCost() throws -> Int { throw StoreError.serverKeepsPasswords }

    func setPasswordCost(_ cost: Int) throws { throw StoreError.serverKeepsPasswords }

    func appendAudit(_ entry: AuditRecord) throws { try appendAudits([entry]) }

    /// Every entry in one statement, its columns as arrays; the server stamps time and author itself.
    func appendAudits(_ entries: [AuditRecord]) throws {
        guard !entries.isEmpty else { return }
        try connection.query("""
            INSERT INTO pks.audit (at, user_id, role, institution_id, service_code, year, action, detail)
            SELECT pks.now(), 0, session_user, institution_id, service_code, year, action, detail
            FROM unnest($1::bigint[], $2::text[], $3::integer[], $4::text[], $5::text[]) WITH ORDINALITY
                AS entry (institution_id, service_code, year, action, detail, position)
            ORDER BY position
            """, [PostgresArray.literal(entries.map { $0.institutionID.map(String.init) }), PostgresArray.literal(entries.map(\.serviceCode)),
                  PostgresArray.literal(entries.map { $0.year.map(String.init) }), PostgresArray.literal(entries.map(\.action.rawValue)),
                  PostgresArray.literal(entries.map(\.detail.stored))])
    }

    func auditTrail(_ filter: AuditFilter) throws -> [AuditEntry] {
        var conditions: [String] = []
        var parameters: [String?] = []
        func require(_ column: String, _ value: String?, close: String = "") {
            guard let value else { return }
            parameters.append(value)
            conditions.append("\(column) $\(parameters.count)\(close)")
        }
        require("audit.institution_id =", filter.institutionID.map(String.init))
        require("audit.service_code =", filter.serviceCode)
        require("audit.role = lower(", filter.login, close: ")::name")
        require("audit.at >=", filter.since?.description)
        let filterText = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        parameters.append(filter.limit.map(String.init))  // NULL: no limit
        return try connection.query("""
            SELECT audit.id, audit.at, audit.role, institution.code, audit.service_code, audit.year, audit.action, audit.detail
            FROM pks.audit AS audit LEFT JOIN pks.institution AS institution ON institution.id = audit.institution_id
            \(filterText) ORDER BY audit.at DESC, audit.id DESC LIMIT $\(parameters.count)::bigint
            """, parameters).rows { row in
            AuditEntry(id: row.integer(), at: Timestamp(iso: row.text()), login: row.text(), institutionCode: row.nextText(),
                       serviceCode: row.nextText(), year: row.nextInt(), action: row.text(), detail: row.text())
        }
    }
}
