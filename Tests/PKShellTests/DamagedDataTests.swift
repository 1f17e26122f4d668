import Foundation
import GRDB
import PKShell
import Testing

/// Stored data changed past pks is shown as damaged, never a crash (SQLite: a file anyone may edit).
@Suite struct DamagedDataTests {
    @Test func sqliteLogShowsAnAuditEntryWithoutAValidTimeAndSaysWhichOne() throws {
        let shell = ShellHarness()
        defer { shell.removeFolder() }
        #expect(shell.loggedInAdmin())
        #expect(shell.interpreter.execute("institution add CARN \"Carnikava\""))
        try DatabaseQueue(path: shell.databasePath).write { db in
            try db.execute(sql: """
                DROP TRIGGER audit_append_only_update;
                UPDATE audit SET at = 'not a time' WHERE action = 'add institution';
                """)
        }
        shell.console.clear()
        #expect(shell.interpreter.execute("log"))
        #expect(shell.console.output.contains("(damaged)  admin"))
        #expect(shell.console.errors.contains("warning: audit entry 1 holds no valid time"))
    }
}
