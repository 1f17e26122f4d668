import Foundation
import PKTestSupport
import Testing

extension TestBackend: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}

/// The transcripts' fixture on the test server: a template database made once by `pks init` and
/// `fixture/setup.pks`, copied for every test. Its login roles are the server's, so every test that uses a
/// copy holds the roles lock and first makes those roles as the fixture made them.
enum PostgresFixture {
    static let template = "transcript_fixture"
    static let group = template + "_users"
    /// The fixture's logins (all with the tests' password); the first is its administrator.
    static let logins = ["admin", "ieva", "peteris", "janis", "vecais"]

    /// The template, made once per test run (under the roles lock).
    static let made: Result<TestPostgres, TranscriptRunner.FixtureError> = {
        let server = TestPostgres.server!
        let lock = server.lockRoles()
        defer { withExtendedLifetime(lock) {} }
        do {
            try server.psql(["DROP DATABASE IF EXISTS \(template) WITH (FORCE)", "DROP ROLE IF EXISTS " + logins.joined(separator: ", "),
                             "CREATE DATABASE \(template)"])
        } catch {
            return .failure(TranscriptRunner.FixtureError(output: "\(error)"))
        }
        let scratch: URL
        do {
            scratch = try TestFolders.make("fixture")
        } catch {
            return .failure(TranscriptRunner.FixtureError(output: "\(error)"))
        }
        var environment = TranscriptRunner.baseEnvironment
        environment["PKS_DB"] = server.uri(template)
        environment["HOME"] = scratch.path
        var owner = environment
        owner["PGUSER"] = server.owner
        owner["PGPASSWORD"] = server.ownerPassword
        let steps = TranscriptRunner.fixtureSteps.map { ($0.0, environment.merging($0.1) { $1 }) }
        for (arguments, variables) in [(TranscriptRunner.initArguments + ["--trust-client-clock"], owner)] + steps {
            let result = TranscriptRunner.execute(arguments, environment: variables, in: scratch, stdin: nil)
            guard result.status == 0 else { return .failure(TranscriptRunner.FixtureError(output: result.render())) }
        }
        return .success(server)
    }()

    /// A fresh copy of the template for one test, with the fixture's login roles as the template expects them.
    static func copy() throws -> (server: TestPostgres, database: String, lock: RolesLock) {
        let server = try made.get()
        let lock = server.lockRoles()
        let database = try server.copy(template: template, logins: logins, password: TranscriptRunner.password)
        return (server, database, lock)
    }
}
