import Foundation
import PKCore
import PKStore

/// Logging in to a PostgreSQL catalogue: the server checks the password (SCRAM-SHA-256) of the login role;
/// pks then reads the account the role belongs to, through the server's row-level security.
extension PostgresBackend {
    public func authenticate(login: String, password: () throws -> String, today: CalendarDate) throws -> User {
        let role = login.lowercased()
        guard Store.isValidLogin(login) else { throw AuthenticationError.invalidCredentials }
        let connection: PostgresConnection
        do {
            connection = try connect(as: role, password: password)
        } catch .authentication {
            throw AuthenticationError.invalidCredentials
        } catch .notPermitted {
            throw AuthenticationError.rightsClosed(login)
        } catch .needsPassword {
            throw AuthenticationError.invalidCredentials
        } catch .other(let message) {
            throw StoreError.database(message)
        }
        try requireCurrentSchema(connection)
        try sendClock(on: connection)
        guard let user = try connection.fetchOne(.user, PostgresTransaction.userSource + " WHERE account.login_key = session_user")
        else {
            // A role of the server that is not a user of this catalogue: told as a failed login.
            throw AuthenticationError.invalidCredentials
        }
        // Logging in again inside a script's transaction keeps the connection that holds it.
        if let held = scriptTransaction?.connection, held.user == connection.user {
            connections.byUser[user.id] = held
        } else {
            connections.byUser[user.id] = connection
        }
        return user
    }

    /// Connects as a user's role: with the password from ~/.pgpass when libpq finds one there (never
    /// `PGPASSWORD`, which is the owner's), else with the one `password` gives.
    func connect(as role: String, password: () throws -> String) throws(PostgresConnection.Failure) -> PostgresConnection {
        if Self.passwordFileExists {
            do {
                return try PostgresConnection(parameters(user: role, password: ""))
            } catch .needsPassword {
                // No entry for this server and role: ask.
            }
        }
        let secret: String
        do { secret = try password() } catch { throw .other(String(describing: error)) }
        guard !secret.isEmpty else { throw .authentication }
        return try PostgresConnection(parameters(user: role, password: secret))
    }

    /// libpq's parameters: the URI, then what overrides it.
    func parameters(user: String? = nil, password: String? = nil) -> [(String, String)] {
        var parameters = [("dbname", uri), ("application_name", Self.applicationName),
                          ("options", "-c DateStyle=ISO -c TimeZone=UTC -c lock_timeout=\(Store.longestWriteWait)s")]
        if let user { parameters.append(("user", user)) }
        if let password { parameters.append(("password", password)) }
        return parameters
    }

    /// Whether a password file is where libpq looks (`$PGPASSFILE`, else `~/.pgpass`).
    static var passwordFileExists: Bool {
        let environment = ProcessEnvironment.variables
        let path = environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass"
        return FileManager.default.fileExists(atPath: path)
    }

    /// Refuses a database whose schema is older (the owner must migrate) or newer than this program.
    func requireCurrentSchema(_ connection: PostgresConnection) throws {
        let version = try schemaVersion(connection)
        guard version > 0 else { throw StoreError.notInitialized(path: location) }
        if version > PostgresMigrations.version {
            throw StoreError.schemaTooNew(location: location, database: version, program: PostgresMigrations.version)
        }
        if version < PostgresMigrations.version {
            throw StoreError.schemaTooOld(location: location, database: version, program: PostgresMigrations.version)
        }
    }

    /// The database's schema version; 0 when it has no catalogue yet.
    func schemaVersion(_ connection: PostgresConnection) throws -> Int {
        guard try connection.query("SELECT to_regclass('pks.setting') IS NOT NULL").text == "t" else { return 0 }
        return Int(try connection.query("SELECT value FROM pks.setting WHERE key = 'schema_version'").text ?? "0") ?? 0
    }

    public func credential(for password: String, login: String, as user: User) throws -> Credential {
        Credential(stored: try connection(of: user).verifier(for: password, user: login.lowercased()))
    }
}
