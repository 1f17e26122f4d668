import Foundation
import GRDB
import PKCore

/// Who holds a SQLite file's one writer's lock for a long while (a script in one transaction), written down
/// outside that transaction so that others who must wait can be told who, since when.
struct DatabaseHolder {
    let process: Int
    let person: String
    let purpose: String
    let since: Timestamp?

    /// `pks run yearly.pks, started by ieva (process 1234)`.
    var description: String { "\(purpose), started by \(person) (process \(process))," }

    static func claim(_ purpose: String, db: Database, at now: Timestamp) throws {
        try db.execute(cached: "INSERT OR REPLACE INTO database_holder (id, process, person, purpose, since) VALUES (1, ?, ?, ?, ?)",
                       arguments: [Int(getpid()), NSUserName(), purpose, now.description])
    }

    static func release(_ db: Database) throws {
        try db.execute(cached: "DELETE FROM database_holder WHERE process = ?", arguments: [Int(getpid())])
    }

    /// The holder written down, when its process still runs.
    static func current(_ db: Database) throws -> DatabaseHolder? {
        guard let holder = try db.fetchAll(cached: "SELECT process, person, purpose, since FROM database_holder", { row in
            DatabaseHolder(process: row.int(), person: row.text(), purpose: row.text(), since: Timestamp(iso: row.text()))
        }).first else { return nil }
        return kill(pid_t(holder.process), 0) == 0 || errno == EPERM ? holder : nil
    }
}
