import PKCore
import PKStore

/// What the database's owner does: create the catalogue and its first administrator, apply later schema
/// versions. Connects as the URI's login (else `PGUSER`), with libpq's password (`PGPASSWORD`,
/// `~/.pgpass`) or one asked for.
extension PostgresBackend {
    public func initialize(administrator: NewUser, password: String, passwordCost: Int, trustClientClock: Bool) throws -> User {
        let owner = try ownerConnection()
        let version = try schemaVersion(owner)
        if version > 0, try owner.query("SELECT count(*) FROM pks.account").integer ?? 0 > 0 {
            throw StoreError.alreadyInitialized
        }
        try migrate(owner, from: version)
        try owner.execute("BEGIN")
        do {
            try owner.query("UPDATE pks.setting SET value = $1 WHERE key = 'clock'", [trustClientClock ? "client" : "server"])
            let vraa = Store.administratorInstitution
            let institution = try owner.query("""
                INSERT INTO pks.institution (code, name) VALUES ($1, $2)
                ON CONFLICT (code_key) DO UPDATE SET name = pks.institution.name RETURNING id
                """, [vraa.code, vraa.name]).integer!
            let verifier = try owner.verifier(for: password, user: administrator.login.lowercased())
            let id = try PostgresTransaction(connection: owner, backend: self).grantRights(
                NewUser(login: administrator.login, fullName: administrator.fullName, institutionID: institution,
                        role: .administrator, validUntil: nil), verifier: verifier)
            let user = try owner.fetchOne(.user, PostgresTransaction.userSource + " WHERE account.id = $1", [String(id)])!
            try owner.execute("COMMIT")
            return user
        } catch {
            try? owner.execute("ROLLBACK")
            throw Self.storeError(PostgresTransaction.refusal(error, login: administrator.login))
        }
    }

    /// Applies the schema versions the database lacks; returns the versions before and after.
    public func migrate() throws -> (from: Int, to: Int) {
        let owner = try ownerConnection()
        let version = try schemaVersion(owner)
        if version > PostgresMigrations.version {
            throw StoreError.schemaTooNew(location: location, database: version, program: PostgresMigrations.version)
        }
        try migrate(owner, from: version)
        return (version, PostgresMigrations.version)
    }

    /// Each missing version in a transaction of its own, then the database closed to everyone else.
    private func migrate(_ owner: PostgresConnection, from version: Int) throws {
        for (index, migration) in PostgresMigrations.all.enumerated() where index >= version {
            do {
                try owner.execute("BEGIN; " + migration.sql)
                try owner.query("""
                    INSERT INTO pks.setting (key, value) VALUES ('schema_version', $1)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value
                    """, [String(index + 1)])
                try owner.execute("COMMIT")
            } catch {
                try? owner.execute("ROLLBACK")
                throw StoreError.database("\(migration.name): \(error)")
            }
        }
        try owner.execute(PostgresMigrations.closeDatabase)
    }

    /// A connection as the database's owner; asks for the password when libpq has none.
    private func ownerConnection() throws -> PostgresConnection {
        do {
            return try PostgresConnection(parameters())
        } catch .needsPassword {
            let login = uriLogin ?? "postgres"
            guard let password = askOwnerPassword(login) else { throw StoreError.ownerPasswordMissing(location: location) }
            do {
                return try PostgresConnection(parameters(password: password))
            } catch .authentication {
                throw StoreError.ownerRefused(location: location)
            } catch {
                throw StoreError.database("\(error)")
            }
        } catch .authentication {
            throw StoreError.ownerRefused(location: location)
        } catch .other(let message) {
            throw StoreError.database(message)
        } catch {
            throw StoreError.database("\(error)")
        }
    }
}
