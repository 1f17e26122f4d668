import PKCore

/// The rights lifecycle after granting: renew, close, change one's password, and the hash cost.
extension Store {
    /// Sets a new end date (and reopens closed rights).
    public func renewRights(by principal: Principal, login: String, until: CalendarDate) throws(StoreError) -> User {
        try requireFuture(until)
        return try changeUser(by: principal, login: login, action: .renewRights) { db, user in
            guard user.id != principal.user.id else { throw StoreError.cannotChangeOwnRights }
            try db.renewRights(of: user, until: until)
            let until = AuditDetail.Change(.validUntil, subject: user.login,
                                           old: user.validUntil?.description ?? AuditTerm.noEndDate.rawValue, new: until.description)
            return user.isClosed ? [until, .init(.rights, subject: user.login, from: .closed, to: .open)] : [until]
        }
    }

    /// Closes the rights; the user can no longer log in, and open sessions can no longer work.
    public func closeRights(by principal: Principal, login: String) throws(StoreError) -> User {
        try changeUser(by: principal, login: login, action: .closeRights) { db, user in
            guard user.id != principal.user.id else { throw StoreError.cannotChangeOwnRights }
            guard !user.isClosed else { throw StoreError.alreadyClosed(user.login) }
            try db.closeRights(of: user)
            return [.init(.rights, subject: user.login, from: .open, to: .closed)]
        }
    }

    /// Forgets a login's failed attempts, so that the slow-down no longer holds it back from any terminal;
    /// whether there were any.
    public func unlock(by principal: Principal, login: String) throws(StoreError) -> Bool {
        try write(principal) { db in
            let admin = try requireAdministrator(db, principal)
            guard let user = try db.user(login: login) else { throw StoreError.unknownUser(login) }
            let unlocked = try db.unlockLogin(user.login)
            if unlocked {
                try db.appendAudit(AuditRecord(by: admin, institution: user.institution.id, action: .unlockLogin,
                                               detail: AuditDetail([.init(.failedLogins, subject: user.login, from: nil, to: .forgotten)])))
            }
            return unlocked
        }
    }

    /// Changes the principal's own password after checking the old one.
    public func changePassword(by principal: Principal, old: String, new: String) throws(StoreError) {
        guard new != old else { throw .samePassword }
        try PasswordRules.check(new, login: principal.user.login)
        let credential = try Self.wrap { try backend.credential(for: new, login: principal.user.login, as: principal.user) }
        try write(principal) { db in
            let user = try currentUser(db, principal)
            guard try db.passwordMatches(old, of: user) else { throw StoreError.wrongPassword }
            try db.replaceCredential(of: user, with: credential)
            try db.appendAudit(AuditRecord(by: user, institution: user.institution.id, action: .changePassword,
                                           detail: AuditDetail([.init(.password, subject: user.login, from: nil, to: .changed)])))
        }
    }

    /// The cost of new password hashes (administrators); older hashes are upgraded at their owner's next login.
    public func setPasswordCost(by principal: Principal, to cost: Int) throws(StoreError) {
        guard PasswordCost.accepted.contains(cost) else { throw .invalidPasswordCost(cost) }
        try write(principal) { db in
            let admin = try requireAdministrator(db, principal)
            let old = try db.passwordCost()
            try db.setPasswordCost(cost)
            try db.appendAudit(AuditRecord(by: admin, institution: nil, action: .setPasswordCost,
                                           detail: AuditDetail(.passwordCost, old: String(old), new: String(cost))))
        }
    }

    public func currentPasswordCost(by principal: Principal) throws(StoreError) -> Int {
        try read(principal) { db in
            try requireAdministrator(db, principal)
            return try db.passwordCost()
        }
    }

    /// Loads a user by login for an administrator, applies a change, audits it, returns the user as changed.
    private func changeUser(by principal: Principal, login: String, action: AuditAction,
                            _ change: (any CatalogueTransaction, User) throws -> [AuditDetail.Change]) throws(StoreError) -> User {
        try write(principal) { db in
            let admin = try requireAdministrator(db, principal)
            guard let user = try db.user(login: login) else { throw StoreError.unknownUser(login) }
            let changes = try change(db, user)
            try db.appendAudit(AuditRecord(by: admin, institution: user.institution.id, action: action, detail: AuditDetail(changes)))
            return try db.user(id: user.id) ?? user
        }
    }
}
