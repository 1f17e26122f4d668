import PKStore

/// What the pks command line does before or instead of reading commands.
extension Interpreter {
    /// Logs in before the first command (`--user`, `$PKS_USER`); reports a failure and returns false.
    public func logInBeforeFirstCommand(_ login: String) -> Bool {
        do {
            try logIn(login)
            return true
        } catch {
            fail(error)
            return false
        }
    }

    /// The end of the run: the logged-in user's session with the database is closed (a server's connection
    /// ends cleanly instead of being dropped with the process).
    public func endSession() {
        if let principal = session.principal { store.logOut(principal) }
    }

    /// `pks init`: creates the database if missing and its first administrator.
    public func initializeDatabase(admin login: String, fullName: String, passwordCost: Int, trustClientClock: Bool = false) -> Bool {
        do {
            guard PasswordCost.accepted.contains(passwordCost) else { throw StoreError.invalidPasswordCost(passwordCost) }
            do {
                if try store.isInitialized() == true { throw StoreError.alreadyInitialized }
            } catch StoreError.noDatabase {}  // made below, once the password is known
            let password = try newPassword(for: login, variable: "PKS_PASSWORD")
            let user = try store.initialize(login: login, fullName: fullName, password: password, passwordCost: passwordCost,
                                            trustClientClock: trustClientClock)
            inform(.databaseCreated, ["path": store.location, "login": user.login, "name": user.fullName,
                                      "institution": user.institution.code])
            return true
        } catch {
            fail(error)
            return false
        }
    }

    /// `pks migrate`: applies the schema versions the database lacks (its owner).
    public func migrateDatabase() -> Bool {
        do {
            let (from, to) = try store.migrate()
            inform(from == to ? .databaseUpToDate : .databaseMigrated, ["path": store.location, "from": from, "to": to])
            return true
        } catch {
            fail(error)
            return false
        }
    }
}
