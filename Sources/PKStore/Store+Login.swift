import PKCore

/// Logging in: the backend checks the password (and keeps whatever slows down guessing); the store
/// judges the rights.
extension Store {
    /// Checks a login and password and the user's rights today.
    public func authenticate(login: String, password: String) throws -> Principal {
        try authenticate(login: login) { password }
    }

    /// Checks a login and the password `password` gives when the database needs one (a server may find it
    /// in ~/.pgpass), and the user's rights today.
    public func authenticate(login: String, password: () throws -> String) throws -> Principal {
        let user: User
        var unanswered: (any Error)?
        do {
            user = try backend.authenticate(login: login, password: {
                do { return try password() } catch {
                    unanswered = error
                    throw error
                }
            }, today: clock.today())
        } catch let error as AuthenticationError {
            throw error
        } catch {
            // A password that was not given (Ctrl-C at the prompt) is the asker's to tell.
            throw unanswered ?? Self.storeError(error)
        }
        if user.isClosed { throw AuthenticationError.rightsClosed(user.login) }
        if let until = user.validUntil, clock.today() > until { throw AuthenticationError.rightsExpired(user.login, until, contact: user.institution.contact) }
        return Principal(user: user)
    }

    /// Ends the principal's session with the database.
    public func logOut(_ principal: Principal) {
        backend.endSession(of: principal.user)
    }
}
