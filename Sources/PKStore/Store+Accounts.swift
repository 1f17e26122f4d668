import GRDB
import PKCore

/// Institutions, users, the first administrator, and logging in.
extension Store {
    /// The institution the first administrator belongs to.
    public static let administratorInstitution = (code: "VRAA", name: "Valsts reģionālās attīstības aģentūra")

    /// Whether the database has its first administrator.
    public func isInitialized() throws(StoreError) -> Bool {
        try read { db in try Bool.fetchOne(cached: db, sql: "SELECT EXISTS (SELECT 1 FROM user WHERE role = 'admin')") ?? false }
    }

    /// Creates the first administrator (rights without end date) in the administrator's institution.
    /// `passwordCost` is the yescrypt cost of every password hash made in this database.
    @discardableResult
    public func initialize(login: String, fullName: String, password: String,
                           passwordCost: Int = PasswordHasher.defaultCost) throws(StoreError) -> User {
        try validateNewUser(login: login, fullName: fullName, password: password)
        let hash = try PasswordHasher.hash(password, cost: passwordCost)
        return try write { db in
            guard try Int.fetchOne(cached: db, sql: "SELECT COUNT(*) FROM user") == 0 else { throw StoreError.alreadyInitialized }
            try db.execute(cached: "INSERT OR REPLACE INTO setting (key, value) VALUES ('password_cost', ?)",
                           arguments: [String(passwordCost)])
            let owner = Store.administratorInstitution
            try db.execute(cached: "INSERT OR IGNORE INTO institution (code, name) VALUES (?, ?)",
                           arguments: [owner.code, owner.name])
            let institutionID = try Int64.fetchOne(cached: db, sql: "SELECT id FROM institution WHERE code = ?",
                                                   arguments: [owner.code])!
            return try insertUser(db, login: login, fullName: fullName, institutionID: institutionID,
                                  role: .administrator, validUntil: nil, hash: hash)
        }
    }

    public func addInstitution(by principal: Principal, code: String, name: String) throws(StoreError) -> Institution {
        guard ServiceNaming.isValidCode(code) else { throw .invalidInstitutionCode(code) }
        guard ServiceNaming.isValidName(name) else { throw .invalidName(name) }
        return try write { db in
            let admin = try requireAdministrator(db, principal)
            guard try !Bool.fetchOne(cached: db, sql: "SELECT EXISTS (SELECT 1 FROM institution WHERE code = ?)",
                                     arguments: [code])! else { throw StoreError.duplicateInstitution(code) }
            try db.execute(cached: "INSERT INTO institution (code, name) VALUES (?, ?)", arguments: [code, name])
            let institution = Institution(id: db.lastInsertedRowID, code: code, name: name)
            try audit(db, by: admin, institution: institution.id, action: "add institution", detail: "\(code) “\(name)”")
            return institution
        }
    }

    public func institutions(by principal: Principal) throws(StoreError) -> [Institution] {
        try read { db in
            try requireAdministrator(db, principal)
            return try db.fetchAll(cached: "SELECT \(Institution.columns) FROM institution ORDER BY code") {
                Institution(row: $0, from: 0)
            }
        }
    }

    /// Grants rights to a new user of an institution until the given day.
    public func addUser(by principal: Principal, login: String, fullName: String, institutionCode: String,
                        role: Role, validUntil: CalendarDate, password: String) throws(StoreError) -> User {
        try validateNewUser(login: login, fullName: fullName, password: password)
        let hash = try PasswordHasher.hash(password, cost: passwordCost())
        return try write { db in
            let admin = try requireAdministrator(db, principal)
            guard let institutionID = try Int64.fetchOne(cached: db, sql: "SELECT id FROM institution WHERE code = ?",
                                                         arguments: [institutionCode]) else {
                throw StoreError.unknownInstitution(institutionCode)
            }
            guard try !Bool.fetchOne(cached: db, sql: "SELECT EXISTS (SELECT 1 FROM user WHERE login = ?)",
                                     arguments: [login])! else { throw StoreError.duplicateLogin(login) }
            let user = try insertUser(db, login: login, fullName: fullName, institutionID: institutionID,
                                      role: role, validUntil: validUntil, hash: hash)
            try audit(db, by: admin, institution: institutionID, action: "grant rights",
                      detail: "\(user.login) (\(user.fullName)), \(user.institution.code), \(role.title), until \(validUntil)")
            return user
        }
    }

    public func users(by principal: Principal) throws(StoreError) -> [User] {
        try read { db in
            try requireAdministrator(db, principal)
            return try db.fetchAll(cached: User.select + " ORDER BY institution.code, user.login") { User(row: $0) }
        }
    }

    /// The principal's user as stored now, refused when the rights were closed or have expired meanwhile.
    func currentUser(_ db: Database, _ principal: Principal) throws -> User {
        guard let user = try db.fetchOne(cached: User.select + " WHERE user.id = ?", arguments: [principal.user.id], { User(row: $0) })
        else { throw StoreError.rightsNoLongerValid(login: principal.user.login) }
        guard user.hasValidRights(on: clock.today()) else { throw StoreError.rightsNoLongerValid(login: user.login) }
        return user
    }

    /// The principal as stored now, refused unless an administrator with valid rights.
    @discardableResult
    func requireAdministrator(_ db: Database, _ principal: Principal) throws -> User {
        let user = try currentUser(db, principal)
        guard user.isAdministrator else { throw StoreError.administratorsOnly }
        return user
    }

    func passwordCost() throws(StoreError) -> Int {
        try read { db in
            try String.fetchOne(cached: db, sql: "SELECT value FROM setting WHERE key = 'password_cost'").flatMap(Int.init)
        } ?? PasswordHasher.defaultCost
    }

    private func validateNewUser(login: String, fullName: String, password: String) throws(StoreError) {
        guard Self.isValidLogin(login) else { throw .invalidLogin(login) }
        guard ServiceNaming.isValidName(fullName) else { throw .invalidName(fullName) }
        guard !password.isEmpty else { throw .emptyPassword }
    }

    private func insertUser(_ db: Database, login: String, fullName: String, institutionID: Int64, role: Role,
                            validUntil: CalendarDate?, hash: String) throws -> User {
        try db.execute(cached: """
            INSERT INTO user (login, full_name, institution_id, role, valid_until, password_hash, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [login, fullName, institutionID, role.rawValue, validUntil?.description, hash,
                             clock.now().description])
        return try db.fetchOne(cached: User.select + " WHERE user.id = ?", arguments: [db.lastInsertedRowID]) { User(row: $0) }!
    }

    /// Logins are 2–32 ASCII letters, digits, `.`, `-` or `_`, starting with a letter.
    static func isValidLogin(_ login: String) -> Bool {
        guard (2...32).contains(login.count), let first = login.first, first.isASCII, first.isLetter else { return false }
        return login.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_".contains($0)) }
    }
}
