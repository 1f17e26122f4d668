import PKCore

/// Institutions, users and the first administrator.
extension Store {
    /// The institution the first administrator belongs to.
    public static let administratorInstitution = (code: "VRAA", name: "Valsts reģionālās attīstības aģentūra")

    /// Whether the database has its first administrator; nil when only a login can tell (a server).
    public func isInitialized() throws(StoreError) -> Bool? {
        try Self.wrap { try backend.isInitialized() }
    }

    /// Creates the first administrator (rights without end date) in the administrators' institution.
    /// `passwordCost` is the cost of every password hash made in this database (where pks hashes them).
    @discardableResult
    public func initialize(login: String, fullName: String, password: String, passwordCost: Int = PasswordCost.standard,
                           trustClientClock: Bool = false) throws(StoreError) -> User {
        guard PasswordCost.accepted.contains(passwordCost) else { throw .invalidPasswordCost(passwordCost) }
        try validateNewUser(login: login, fullName: fullName, password: password)
        let administrator = NewUser(login: login, fullName: fullName, institutionID: nil, role: .administrator, validUntil: nil)
        return try Self.wrap {
            try backend.initialize(administrator: administrator, password: password, passwordCost: passwordCost,
                                   trustClientClock: trustClientClock)
        }
    }

    /// Applies the schema versions the database lacks (its owner); returns the versions before and after.
    public func migrate() throws(StoreError) -> (from: Int, to: Int) {
        try Self.wrap { try backend.migrate() }
    }

    public func addInstitution(by principal: Principal, code: String, name: String) throws(StoreError) -> Institution {
        guard ServiceNaming.isValidCode(code) else { throw .invalidInstitutionCode(code) }
        guard ServiceNaming.isValidName(name) else { throw .invalidName(name) }
        return try write(principal) { db in
            let admin = try requireAdministrator(db, principal)
            let institution = try db.insertInstitution(code: code, name: name)
            try db.appendAudit(AuditRecord(by: admin, institution: institution.id, action: .addInstitution,
                                           detail: AuditDetail(.name, subject: code, new: name)))
            return institution
        }
    }

    public func institutions(by principal: Principal) throws(StoreError) -> [Institution] {
        try read(principal) { db in
            try requireAdministrator(db, principal)
            return try db.institutions()
        }
    }

    /// Grants rights to a new user of an institution until the given day.
    public func addUser(by principal: Principal, login: String, fullName: String, institutionCode: String,
                        role: Role, validUntil: CalendarDate, password: String) throws(StoreError) -> User {
        try validateNewUser(login: login, fullName: fullName, password: password)
        try requireFuture(validUntil)
        let credential = try Self.wrap { try backend.credential(for: password, login: login, as: principal.user) }
        return try write(principal) { db in
            let admin = try requireAdministrator(db, principal)
            let institution = try requireInstitution(db, code: institutionCode)
            let catalogue = Self.administratorInstitution.code
            if role == .administrator, institution.code.caseInsensitiveCompare(catalogue) != .orderedSame {
                throw RuleError.administratorOutsideCatalogue(institution: institution.code, catalogue: catalogue)
            }
            let user = try db.insertUser(NewUser(login: login, fullName: fullName, institutionID: institution.id, role: role,
                                                 validUntil: validUntil), credential: credential)
            try db.appendAudit(AuditRecord(
                by: admin, institution: institution.id, action: .grantRights,
                detail: AuditDetail([
                    .init(.fullName, subject: user.login, new: user.fullName), .init(.institution, subject: user.login, new: user.institution.code),
                    .init(.role, subject: user.login, from: nil, to: role == .administrator ? .administrator : .institutionUser),
                    .init(.validUntil, subject: user.login, new: validUntil.description),
                ])))
            return user
        }
    }

    /// Every user; with `expiringWithin`, only those whose open rights end within that many days from today.
    public func users(by principal: Principal, expiringWithin days: Int? = nil) throws(StoreError) -> [User] {
        let today = clock.today()
        return try read(principal) { db in
            try requireAdministrator(db, principal)
            let users = try db.users()
            guard let days else { return users }
            return users.filter { user in user.hasValidRights(on: today) && user.validUntil.map { $0.dayNumber - today.dayNumber <= days } == true }
        }
    }

    /// Rights dates must lie in the future.
    func requireFuture(_ date: CalendarDate) throws(StoreError) {
        let today = clock.today()
        guard date > today else { throw .rule(.untilNotInFuture(date, today: today)) }
    }

    /// The principal's user as stored now, refused when the rights were closed or have expired meanwhile.
    func currentUser(_ db: any CatalogueTransaction, _ principal: Principal) throws -> User {
        guard let user = try db.user(id: principal.user.id), user.hasValidRights(on: clock.today()) else {
            throw StoreError.rightsNoLongerValid(login: principal.user.login)
        }
        return user
    }

    /// The principal as stored now, refused unless an administrator with valid rights.
    @discardableResult
    func requireAdministrator(_ db: any CatalogueTransaction, _ principal: Principal) throws -> User {
        let user = try currentUser(db, principal)
        guard user.isAdministrator else { throw StoreError.administratorsOnly }
        return user
    }

    /// The institution with a code, or `unknownInstitution`.
    func requireInstitution(_ db: any CatalogueTransaction, code: String) throws -> Institution {
        guard let institution = try db.institution(code: code) else { throw StoreError.unknownInstitution(code) }
        return institution
    }

    func validateNewUser(login: String, fullName: String, password: String) throws(StoreError) {
        guard Self.isValidLogin(login) else { throw .invalidLogin(login) }
        guard ServiceNaming.isValidName(fullName) else { throw .invalidName(fullName) }
        try PasswordRules.check(password, login: login)
    }

    /// Logins are 2–32 ASCII letters, digits, `.`, `-` or `_`, starting with a letter.
    public static func isValidLogin(_ login: String) -> Bool {
        guard (2...32).contains(login.count), let first = login.first, first.isASCII, first.isLetter else { return false }
        return login.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_".contains($0)) }
    }
}
