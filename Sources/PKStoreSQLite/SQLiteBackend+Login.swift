import GRDB
import GRDBSQLite
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
    /// 4 … seconds after the last failure — except from a terminal session where this login has succeeded
    /// before, so that someone guessing elsewhere cannot lock the owner out (an administrator's
    /// `user unlock` lets every terminal in again). An unknown login costs one hash, as a wrong password
    /// does, so time does not tell which logins exist. Logging in writes only what changed, and gives up
    /// writing its bookkeeping rather than wait for a script that holds the database; a failure is then
    /// counted in the `FailedLoginSpill` beside it.
    public func authenticate(login: String, password: () throws -> String, today: CalendarDate) throws -> User {
        let password = try password()
        let now = clock.now()
        let terminal = TerminalSession.current
        let found = try read { db -> (User, String)? in
            guard let user = try db.fetchOne(.user, SQLiteTransaction.userSource + " WHERE account.login = ?", arguments: [login]),
                  let hash = try db.fetchText(cached: "SELECT password_hash FROM account WHERE id = ?", arguments: [user.id])
            else { return nil }
            return (user, hash)
        }
        let trusted = try terminal.map { terminal in
            try read { db in
                try db.fetchInteger(cached: "SELECT 1 FROM trusted_terminal WHERE login = ? AND terminal = ?",
                                    arguments: [login, terminal]) != nil
            }
        } ?? false
        let failures = try read { db in
            try db.fetchAll(cached: "SELECT failures, last_failure_at FROM login_failure WHERE login = ?", arguments: [login]) { row in
                (count: row.int(), last: Timestamp(iso: row.text()))
            }.first
        }
        let spilled = failedLoginSpill?.failures(of: login) ?? []
        if !trusted, let wait = remainingWait(for: login, stored: failures, spilled: spilled, at: now) {
            throw AuthenticationError.tooManyFailures(login, seconds: wait)
        }
        let cost = try read { try SQLiteTransaction($0, clock: clock).passwordCost() }
        guard let (user, hash) = found, PasswordHasher.verify(password, against: hash) else {
            if found == nil { PasswordHasher.spendOneHash(password, cost: cost) }
            recordFailure(of: login, at: now)
            throw AuthenticationError.invalidCredentials
        }
        let upgrade = try user.hasValidRights(on: today) && PasswordHasher.needsUpgrade(hash, cost: cost)
        guard failures != nil || !spilled.isEmpty || upgrade || (terminal != nil && !trusted) else { return user }
        try? bookkeep { db in
            let transaction = SQLiteTransaction(db, clock: clock)
            // The password was right: the failures are forgotten, even when the rights refuse the login (the
            // spilled ones were moved in first).
            if failures != nil || !spilled.isEmpty { try db.execute(cached: "DELETE FROM login_failure WHERE login = ?", arguments: [login]) }
            if let terminal, !trusted, user.hasValidRights(on: today) {
                try db.execute(cached: "INSERT OR REPLACE INTO trusted_terminal (login, terminal, since) VALUES (?, ?, ?)",
                               arguments: [user.login, terminal, now.description])
            }
            if upgrade {
                try transaction.replaceCredential(of: user, with: Credential(stored: try PasswordHasher.hash(password, cost: cost)))
                try transaction.appendAudit(AuditRecord(by: user, institution: user.institution.id, action: .upgradePasswordHash,
                                                        detail: AuditDetail(.passwordHash, subject: user.login,
                                                                            old: PasswordHasher.parameters(of: hash), new: "cost \(cost)")))
            }
        }
        return user
    }

    /// A write of a login's bookkeeping that waits a quarter of a second at most for the database (a script
    /// may hold it for minutes), and fails rather than make the login wait; inside a script's transaction,
    /// a savepoint of it. Outside a script, it first moves the spilled failures into the database.
    private func bookkeep(_ body: (Database) throws -> Void) throws {
        if transaction?.database != nil { return try write(body) }
        var spillStored: (() -> Void)?
        try writer.writeWithoutTransaction { db in
            sqlite3_busy_timeout(db.sqliteConnection, 250)
            defer { sqlite3_busy_timeout(db.sqliteConnection, Int32(Self.busyTimeout * 1000)) }
            try db.inTransaction(.immediate) {
                if let spill = failedLoginSpill, !spill.isEmpty {
                    let (failures, done) = spill.take()
                    try insertFailures(failures, db)
                    spillStored = done
                }
                try body(db)
                return .commit
            }
        }
        spillStored?()
    }

    /// Seconds still to wait before the login may be tried again, or nil.
    private func remainingWait(for login: String, stored: (count: Int, last: Timestamp?)?, spilled: [Timestamp],
                               at now: Timestamp) -> Int? {
        let pending = transaction?.failedLogins.filter { $0.login.caseInsensitiveCompare(login) == .orderedSame }.map(\.at) ?? []
        guard let last = (pending + spilled + [stored?.last].compactMap { $0 }).max(by: { $0.seconds < $1.seconds }) else { return nil }
        let failures = (stored?.count ?? 0) + pending.count + spilled.count
        guard failures >= Self.freeAttempts else { return nil }
        let wait = min(1 << min(failures - Self.freeAttempts, 20), Self.longestWait)
        let remaining = last.seconds + wait - now.seconds
        return remaining > 0 ? remaining : nil
    }

    /// Counts a failed login, or keeps it until a script's transaction ends (a rollback must not erase
    /// it); a database that cannot take it now (held, or read-only) is not waited for.
    private func recordFailure(of login: String, at now: Timestamp) {
        if let transaction { return transaction.failedLogins.append((login, now)) }
        recordFailedLogins([(login, now)])
    }

    /// Counts failed logins outside any script transaction: in the database, or, while another session holds
    /// it, in the spill beside it.
    func recordFailedLogins(_ failures: [(login: String, at: Timestamp)]) {
        guard !failures.isEmpty else { return }
        do {
            try bookkeep { db in try insertFailures(failures, db) }
        } catch {
            for (login, at) in failures { failedLoginSpill?.append(login, at: at) }
        }
    }

    private func insertFailures(_ failures: [(login: String, at: Timestamp)], _ db: Database) throws {
        for (login, at) in failures {
            try db.execute(cached: """
                INSERT INTO login_failure (login, failures, last_failure_at) VALUES (?, 1, ?)
                ON CONFLICT (login) DO UPDATE SET failures = failures + 1,
                    last_failure_at = max(last_failure_at, excluded.last_failure_at)
                """, arguments: [login, at.description])
        }
    }
}
