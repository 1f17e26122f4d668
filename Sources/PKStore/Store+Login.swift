import PKCore

/// Logging in: the backend checks the password (and keeps whatever slows down guessing); the store
/// judges the rights.
extension Store {
    /// Checks a login and password and the user's rights today.
    public func authenticate(login: String, password: String) throws -> Principal {
        let user: User
        do {
            user = try backend.authenticate(login: login, password: password, today: clock.today())
        } catch let error as AuthenticationError {
            throw error
        } catch {
            throw Self.storeError(error)
        }
        if user.isClosed { throw AuthenticationError.rightsClosed(user.login) }
        if let until = user.validUntil, clock.today() > until { throw AuthenticationError.rightsExpired(user.login, until) }
        return Principal(user: user)
    }

    /// Ends the principal's session with the database.
    public func logOut(_ principal: Principal) {
        backend.endSession(of: principal.user)
    }
}
