import GRDB
import PKCore

/// Logging in: password check, rights check, and a slow-down after repeated failures that survives restarts.
extension Store {
    /// Failed attempts for one login before each further attempt must wait.
    public static let freeAttempts = 5
    /// The longest wait between attempts, in seconds.
    public static let longestWait = 900

    /// Checks a login and password and the user's rights today. After `freeAttempts` failures for a login
    /// (known or not), the next attempt is refused until 1, 2, 4 … seconds after the last failure.
    /// A hash made with an older cost is upgraded to the database's cost.
    public func authenticate(login: String, password: String) throws -> Principal {
        let now = clock.now()
        if let wait = try remainingWait(for: login, at: now) { throw AuthenticationError.tooManyFailures(login, seconds: wait) }
        let found = try read { db in
            try db.fetchOne(cached: User.select + " WHERE user.login = ?", arguments: [login]) {
                (User(row: $0), $0[User.passwordHashColumn] as String)
            }
        }
        let cost = try passwordCost()
        guard let (user, hash) = found, PasswordHasher.verify(password, against: hash) else {
            if found == nil {
                // Spend the time of a real check, so response time does not reveal which logins exist.
                _ = PasswordHasher.verify(password, against: try PasswordHasher.hash("", cost: cost))
            }
            try recordFailure(of: login, at: now)
            throw AuthenticationError.invalidCredentials
        }
        let expired = user.validUntil.map { clock.today() > $0 } ?? false
        try write { db in
            // The password was right: the failures are forgotten, even when the rights refuse the login.
            try db.execute(cached: "DELETE FROM login_failure WHERE login = ?", arguments: [login])
            if !user.isClosed && !expired, try PasswordHasher.needsUpgrade(hash, cost: cost) {
                try db.execute(cached: "UPDATE user SET password_hash = ? WHERE id = ?",
                               arguments: [try PasswordHasher.hash(password, cost: cost), user.id])
                try audit(db, by: user, institution: user.institution.id, action: "upgrade password hash",
                          detail: "\(PasswordHasher.parameters(of: hash)) → cost \(cost)")
            }
        }
        if user.isClosed { throw AuthenticationError.rightsClosed(user.login) }
        if let until = user.validUntil, expired { throw AuthenticationError.rightsExpired(user.login, until) }
        return Principal(user: user)
    }

    /// Seconds still to wait before the login may be tried again, or nil.
    private func remainingWait(for login: String, at now: Timestamp) throws(StoreError) -> Int? {
        let row = try read { db in
            try db.fetchOne(cached: "SELECT failures, last_failure_at FROM login_failure WHERE login = ?", arguments: [login]) {
                (failures: $0[0] as Int, lastFailureAt: $0[1] as String)
            }
        }
        let pending = transaction?.failedLogins.filter { $0.login.caseInsensitiveCompare(login) == .orderedSame } ?? []
        let stored = row.flatMap { Timestamp(iso: $0.lastFailureAt) }
        guard let last = pending.last?.at ?? stored else { return nil }
        let failures = (row?.failures ?? 0) + pending.count
        guard failures >= Self.freeAttempts else { return nil }
        let wait = min(1 << min(failures - Self.freeAttempts, 20), Self.longestWait)
        let remaining = last.seconds + wait - now.seconds
        return remaining > 0 ? remaining : nil
    }

    private func recordFailure(of login: String, at now: Timestamp) throws(StoreError) {
        if let transaction { return transaction.failedLogins.append((login, now)) }
        try recordDeferredFailures([(login, now)])
    }

    /// Counts failed logins outside any script transaction.
    func recordDeferredFailures(_ failures: [(login: String, at: Timestamp)]) throws(StoreError) {
        guard !failures.isEmpty else { return }
        try Self.wrap {
            try writer.write { db in
                for (login, at) in failures {
                    try db.execute(cached: """
                        INSERT INTO login_failure (login, failures, last_failure_at) VALUES (?, 1, ?)
                        ON CONFLICT (login) DO UPDATE SET failures = failures + 1, last_failure_at = excluded.last_failure_at
                        """, arguments: [login, at.description])
                }
            }
        }
    }
}
