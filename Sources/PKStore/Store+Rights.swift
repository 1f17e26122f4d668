import GRDB
import PKCore

/// The rights lifecycle after granting: renew, close, change one's password, and the hash cost.
extension Store {
    /// Sets a new end date (and reopens closed rights).
    public func renewRights(by principal: Principal, login: String, until: CalendarDate) throws(StoreError) -> User {
        try changeUser(by: principal, login: login, action: "renew rights") { db, user in
            try db.execute(cached: "UPDATE user SET valid_until = ?, closed_at = NULL WHERE id = ?",
                           arguments: [until.description, user.id])
            return "until \(user.validUntil?.description ?? "no end date") → \(until)" + (user.isClosed ? ", reopened" : "")
        }
    }

    /// Closes the rights; the user can no longer log in, and open sessions can no longer work.
    public func closeRights(by principal: Principal, login: String) throws(StoreError) -> User {
        try changeUser(by: principal, login: login, action: "close rights") { db, user in
            guard user.id != principal.user.id else { throw StoreError.cannotCloseOwnRights }
            guard !user.isClosed else { throw StoreError.alreadyClosed(user.login) }
            try db.execute(cached: "UPDATE user SET closed_at = ? WHERE id = ?", arguments: [clock.now().description, user.id])
            return "open → closed"
        }
    }

    /// Changes the principal's own password after checking the old one.
    public func changePassword(by principal: Principal, old: String, new: String) throws(StoreError) {
        guard !new.isEmpty else { throw .emptyPassword }
        let hash = try PasswordHasher.hash(new, cost: passwordCost())
        try write { db in
            let user = try currentUser(db, principal)
            let stored = try String.fetchOne(cached: db, sql: "SELECT password_hash FROM user WHERE id = ?", arguments: [user.id])!
            guard PasswordHasher.verify(old, against: stored) else { throw StoreError.wrongPassword }
            try db.execute(cached: "UPDATE user SET password_hash = ? WHERE id = ?", arguments: [hash, user.id])
            try audit(db, by: user, institution: user.institution.id, action: "change password", detail: "password changed")
        }
    }

    /// The yescrypt cost of new hashes (administrators); older hashes are upgraded at their owner's next login.
    public func setPasswordCost(by principal: Principal, to cost: Int) throws(StoreError) {
        guard PasswordHasher.costs.contains(cost) else { throw .invalidPasswordCost(cost) }
        let old = try passwordCost()
        try write { db in
            let admin = try requireAdministrator(db, principal)
            try db.execute(cached: "INSERT OR REPLACE INTO setting (key, value) VALUES ('password_cost', ?)",
                           arguments: [String(cost)])
            try audit(db, by: admin, institution: nil, action: "set password cost", detail: "\(old) → \(cost)")
        }
    }

    public func currentPasswordCost(by principal: Principal) throws(StoreError) -> Int {
        try read { db in try requireAdministrator(db, principal) }
        return try passwordCost()
    }

    /// Loads a user by login for an administrator, applies a change, audits it, returns the user as changed.
    private func changeUser(by principal: Principal, login: String, action: String,
                            _ change: (Database, User) throws -> String) throws(StoreError) -> User {
        try write { db in
            let admin = try requireAdministrator(db, principal)
            guard let user = try db.fetchOne(cached: User.select + " WHERE user.login = ?", arguments: [login], { User(row: $0) }) else {
                throw StoreError.unknownUser(login)
            }
            let detail = try change(db, user)
            try audit(db, by: admin, institution: user.institution.id, action: action, detail: "\(user.login): \(detail)")
            return try db.fetchOne(cached: User.select + " WHERE user.id = ?", arguments: [user.id]) { User(row: $0) }!
        }
    }
}
