/// The engines the tests run on: SQLite always, PostgreSQL when `Scripts/test` started a server.
public enum TestBackend: String, CaseIterable, Sendable {
    case sqlite, postgres

    /// Every backend these tests can reach.
    public static var available: [TestBackend] { TestPostgres.server == nil ? [.sqlite] : allCases }
}
