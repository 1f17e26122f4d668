import Foundation
import PKCore
import PKShell
import PKStore
import PKStoreSQLite

/// A console that records what the interpreter writes; never interactive, so passwords come from the environment.
final class FakeConsole: Console {
    var output = ""
    var errors = ""
    let isInteractive = false
    /// Set by a test that plays a terminal's reader.
    var outputIsTerminal = false

    /// Paging begun and ended, and errors written, in order: `["page", "end", "error"]`.
    var pagingLog: [String] = []

    func write(_ text: String) { output += text }
    func writeError(_ text: String) {
        errors += text
        pagingLog.append("error")
    }
    func readSecret(prompt: String) -> String? { nil }
    func ask(_ question: String) -> String? { nil }
    func beginPaging() { pagingLog.append("page") }
    func endPaging() { pagingLog.append("end") }

    /// Forgets what was written so far.
    func clear() {
        output = ""
        errors = ""
        pagingLog = []
    }
}

/// An interpreter on a database file of its own in a fresh temporary folder, today 2020-03-02.
struct ShellHarness {
    static let password = "harness-parole-2020"
    let folder: URL
    let databasePath: String
    let console = FakeConsole()
    let interpreter: Interpreter

    init(password: String = ShellHarness.password, folder: URL? = nil, language: Language = .en) {
        self.folder = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("pks-shell-\(UUID().uuidString)")
        databasePath = self.folder.appendingPathComponent("pks.sqlite").path
        let clock = Clock.fixed(Timestamp(iso: "2020-03-02 10:15:00")!)
        let configuration = Interpreter.Configuration(environment: ["PKS_PASSWORD": password, "PKS_NEW_PASSWORD": password], clock: clock, quiet: false,
                                                      language: language)
        interpreter = Interpreter(configuration: configuration, console: console,
                                  store: Store(backend: SQLiteBackend.file(databasePath, clock: clock), clock: clock))
    }

    /// Creates the database with administrator `admin` (password `ShellHarness.password`) and clears the console.
    func initialize() -> Bool {
        defer { console.clear() }
        return interpreter.initializeDatabase(admin: "admin", fullName: "Anna Administratore", passwordCost: 1)
    }

    /// Creates the database and logs in as `admin`.
    func loggedInAdmin() -> Bool {
        defer { console.clear() }
        return initialize() && interpreter.execute("login admin")
    }

    func removeFolder() { try? FileManager.default.removeItem(at: folder) }
}
