import GRDB
import GRDBSQLite

/// A prepared statement run row after row with its values bound straight from Swift. GRDB's
/// `StatementArguments` box every value in an existential and check it with a dynamic cast, which cost
/// more than SQLite's own insert on an import's thousands of rows.
struct RowWriter {
    private let db: Database
    private let sql: String
    private let handle: SQLiteStatement
    private var index: Int32 = 0

    init(_ db: Database, _ sql: String) throws {
        self.db = db
        self.sql = sql
        handle = try db.cachedStatement(sql: sql).sqliteStatement
    }

    /// Binds the next parameter.
    mutating func bind(_ value: Int64?) {
        index += 1
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    mutating func bind(_ value: Int?) { bind(value.map(Int64.init)) }

    mutating func bind(_ value: String?) {
        index += 1
        guard let value else { sqlite3_bind_null(handle, index); return }
        // SQLITE_TRANSIENT: SQLite copies the text, which lives only during this call.
        sqlite3_bind_text(handle, index, value, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
    }

    /// Runs the statement with the values bound since the last run; then it is ready for the next row.
    mutating func run() throws {
        defer {
            sqlite3_reset(handle)
            index = 0
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw db.stepError(code, sql: sql) }
    }
}
