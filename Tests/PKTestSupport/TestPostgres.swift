import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The throwaway PostgreSQL server `Scripts/test` starts for the tests (`Scripts/postgres start`), as its
/// variables describe it; nil when none runs, unless `$PKS_REQUIRE_POSTGRES` says one must.
public struct TestPostgres: Sendable {
    public let host: String
    public let port: String
    public let owner: String
    public let ownerPassword: String

    /// The server, when the tests were given one.
    public static let server: TestPostgres? = {
        let environment = ProcessInfo.processInfo.environment
        guard let host = environment["PKS_TEST_POSTGRES_HOST"], !host.isEmpty, let port = environment["PKS_TEST_POSTGRES_PORT"],
              let owner = environment["PKS_TEST_POSTGRES_OWNER"], let password = environment["PKS_TEST_POSTGRES_PASSWORD"] else {
            if environment["PKS_REQUIRE_POSTGRES"] == "1" {
                fatalError("PKS_REQUIRE_POSTGRES is set but no server was given (PKS_TEST_POSTGRES_HOST …)")
            }
            return nil
        }
        return TestPostgres(host: host, port: port, owner: owner, ownerPassword: password)
    }()

    /// A URI of a database on this server, for pks: no login in it, so `--user` is not implied.
    public func uri(_ database: String) -> String {
        "postgresql:///\(database)?host=\(host)&port=\(port)"
    }

    /// The same with the owner's login and password in it, for the owner's connections inside a test process.
    public func ownerURI(_ database: String) -> String {
        "postgresql://\(owner):\(ownerPassword)@/\(database)?host=\(host)&port=\(port)"
    }

    /// Runs SQL with psql as `login` (default: the owner) on `database`; returns what psql printed (unaligned,
    /// tuples only) or throws with its error output.
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres", as login: String? = nil,
                     password: String? = nil) throws -> String {
        try psql([sql], database: database, as: login, password: password)
    }

    /// Runs statements one after the other in one psql process (each in a transaction of its own, so that
    /// `CREATE DATABASE` may be among them), stopping at the first that fails.
    @discardableResult
    public func psql(_ statements: [String], database: String = "postgres", as login: String? = nil,
                     password: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", host, "-p", port, "-U", login ?? owner,
                             "-d", database] + statements.flatMap { ["-c", $0] }
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = password ?? ownerPassword
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PsqlError(message: String(decoding: complaint, as: UTF8.self))
        }
        return String(decoding: printed, as: UTF8.self)
    }

    /// What psql said when a statement failed.
    public struct PsqlError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Login roles are the whole server's, not one database's: tests that make or change them take turns,
    /// whichever test module they are in, holding this until they end.
    public func lockRoles() -> RolesLock { RolesLock(path: host + "/roles.lock") }

    /// A database name no other test uses.
    public static func freshName(_ prefix: String) -> String {
        prefix + "_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
    }

    /// A fresh copy of a catalogue's template database, closed as `pks migrate` closes one, after making its logins (with `password`; the first
    /// an administrator) as the template's accounts expect them — other tests may have dropped or changed
    /// them. The caller holds the roles lock.
    public func copy(template: String, logins: [String], password: String) throws -> String {
        let group = template + "_users"
        let database = try ReadyCopies.shared.take(of: template, on: self)
        try psql([dropLoginsStatement(ofGroup: group, keeping: []), "DROP ROLE IF EXISTS " + logins.joined(separator: ", ")]
                 + logins.map { "CREATE ROLE \($0) LOGIN PASSWORD '\(password)' IN ROLE \(group)" }
                 + ["GRANT \(template)_admins TO \(logins[0])"])
        return database
    }

    /// Makes a copy of a template, closed as `pks migrate` closes a catalogue; roles are not touched.
    func makeCopy(of template: String) throws -> String {
        let database = Self.freshName(template)
        try psql(["CREATE DATABASE \(database) TEMPLATE \(template)", "REVOKE ALL ON DATABASE \(database) FROM PUBLIC",
                  "GRANT CONNECT ON DATABASE \(database) TO \(template)_users",
                  "ALTER DATABASE \(database) SET search_path = pks, public"])
        return database
    }

    /// Drops a database, its catalogue's group roles and every login of them except `keeping`.
    public func dropCatalogue(_ database: String, group: String, keeping: Set<String> = []) throws {
        try psql(["DROP DATABASE IF EXISTS \(database) WITH (FORCE)", dropLoginsStatement(ofGroup: group, keeping: keeping)])
    }

    /// Drops every login role that belongs to a catalogue's group role, except `keeping`.
    public func dropLogins(ofGroup group: String, keeping: Set<String> = []) throws {
        try psql(dropLoginsStatement(ofGroup: group, keeping: keeping))
    }

    private func dropLoginsStatement(ofGroup group: String, keeping: Set<String>) -> String {
        let kept = keeping.map { "'\($0)'" }.joined(separator: ", ")
        return """
            DO $$ DECLARE login text; BEGIN
                FOR login IN SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                             JOIN pg_roles g ON g.oid = m.roleid
                             WHERE g.rolname = '\(group)'\(kept.isEmpty ? "" : " AND r.rolname NOT IN (\(kept))") LOOP
                    EXECUTE format('DROP ROLE %I', login);
                END LOOP;
            END $$
            """
    }
}

/// Held while a test makes or changes login roles; a lock on a file, so every test module and process
/// of the test run takes turns. Released when it goes away.
public final class RolesLock: @unchecked Sendable {
    private let descriptor: Int32

    init(path: String) {
        descriptor = open(path, O_CREAT | O_RDWR, 0o600)
        precondition(descriptor >= 0, "cannot open the roles lock \(path)")
        flock(descriptor, LOCK_EX)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// Copies of templates made ahead, while tests run: `CREATE DATABASE` takes half a second, most of a test's
/// time on the server, and needs no roles lock. Each `take` hands out a ready copy (or makes one) and
/// starts making the next.
final class ReadyCopies: @unchecked Sendable {
    static let shared = ReadyCopies()
    private let lock = NSLock()
    private let maker = DispatchQueue(label: "pks.test.copies")
    private var ready: [String: [Result<String, any Error>]] = [:]
    private var pending: [String: Int] = [:]

    func take(of template: String, on server: TestPostgres) throws -> String {
        lock.lock()
        let copy = ready[template]?.isEmpty == false ? ready[template]!.removeFirst() : nil
        lock.unlock()
        defer { makeAhead(of: template, on: server) }
        return try copy?.get() ?? server.makeCopy(of: template)
    }

    private func makeAhead(of template: String, on server: TestPostgres) {
        lock.lock()
        defer { lock.unlock() }
        guard (ready[template]?.count ?? 0) + (pending[template] ?? 0) < 2 else { return }
        pending[template, default: 0] += 1
        maker.async {
            let made = Result { try server.makeCopy(of: template) }
            self.lock.lock()
            self.ready[template, default: []].append(made)
            self.pending[template]! -= 1
            self.lock.unlock()
        }
    }
}
