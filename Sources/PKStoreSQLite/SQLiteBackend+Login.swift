import GRDB
import PKCore
import PKStore

/// Logging in to a SQLite catalogue: pks checks the yescrypt hash itself, and slows down guessing with a
/// count of failures per login that survives restarts.
extension SQLiteBackend {
    /// Failed attempts for one login before each further attempt must wait.
    public static let freeAttempts = 5
    /// The longest wait between attempts, in seconds.
    public static let longestWait = 900

    /// After `freeAttempts` failures for a login (known or not), the next attempt is refused until 1, 2,
    /// 4 … seconds after the last failure. A hash made with an older cost is upgraded to the database's
    /// cost when the rights still allow working.
    public func authenticate(login: String, password: () throws -> String, today: CalendarDate) throws -> User {
        let password = try password()
        let now = clock.now()
        if let wait = try remainingWait(for: login, at: now) { throw AuthenticationError.tooManyFailures(login, seconds: wait) }
        let found = try read { db -> (User, String)? in
            guard let user = try db.fetchOne(.user, SQLiteTransaction.userSource + " WHERE account.login = ?", arguments: [login]),
                  let hash = try db.fetchText(cached: "SELECT password_hash FROM account WHERE id = ?", arguments: [user.id])
            else { return nil }
            return (user, hash)
        }
        let cost = try read { try SQLiteTransaction($0, clock: clock).passwordCost() }
        guard let (user, hash) = found, PasswordHasher.verify(password, against: hash) else {
            if found == nil {
                // Spend the time of a real check, so response time does not reveal which logins exist.
                _ = PasswordHasher.verify(password, against: try PasswordHasher.hash("", cost: cost))
            }
            try recordFailure(of: login, at: now)
            throw AuthenticationError.invalidCredentials
        }
        try write { db in
            // The password was right: the failures are forgotten, even when the rights refuse the login.
            try db.execute(cached: "DELETE FROM login_failure WHERE login = ?", arguments: [login])
            if user.hasValidRights(on: today), try PasswordHasher.needsUpgrade(hash, cost: cost) {
                let transaction = SQLiteTransaction(db, clock: clock)
                try transaction.replaceCredential(of: user, with: Credential(stored: try PasswordHasher.hash(password, cost: cost)))
                try transaction.appendAudit(AuditRecord(by: user, institution: user.institution.id, action: .upgradePasswordHash,
                                                        detail: "\(PasswordHasher.parameters(of: hash)) → cost \(cost)"))
            }
        }
        return user
    }

    /// Seconds still to wait before the login may be tried again, or nil.
    private func remainingWait(for login: String, at now: Timestamp) throws -> Int? {
        let row = try read { db in
            try db.fetchAll(cached: "SELECT failures, last_failure_at FROM login_failure WHERE login = ?", arguments: [login]) { row in
                (failures: row.int(), lastFailureAt: row.text())
            }.first
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

    private func recordFailure(of login: String, at now: Timestamp) throws {
        if let transaction { return transaction.failedLogins.append((login, now)) }
        try recordFailedLogins([(login, now)])
    }

    /// Counts failed logins outside any script transaction.
    func recordFailedLogins(_ failures: [(login: String, at: Timestamp)]) throws {
        guard !failures.isEmpty else { return }
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
