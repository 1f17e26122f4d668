import GRDB
import GRDBSQLite
import PKStore

/// Queries through statements each connection prepares once: parsing the same SQL again and again took
/// half of a replay's instructions (callgrind).
///
/// Rows are read column after column straight from SQLite's statement (`SQLiteRow`), not through GRDB's
/// `Row`: a `Row` maps every column name, lowercased, into a dictionary for each query, which cost more
/// than the indexed lookup itself on the single-row queries every store call makes (callgrind: about
/// 13,000 instructions a query before any value is read). Each query is stepped to its end, so that its
/// statement does not stay busy (and keep a read open).
extension Database {
    /// The values a projection reads from each row of `SELECT <columns> <rest>`, in order.
    func fetchAll<T>(_ projection: Projection<T>, _ rest: String, arguments: StatementArguments = []) throws -> [T] {
        try fetchAll(cached: projection.select(rest), arguments: arguments) { projection.read(&$0) }
    }

    /// The value a projection reads from the first row of `SELECT <columns> <rest>`, or nil.
    func fetchOne<T>(_ projection: Projection<T>, _ rest: String, arguments: StatementArguments = []) throws -> T? {
        try fetchAll(projection, rest, arguments: arguments).first
    }

    /// The value a projection reads from the first row of `select`, its `Projection.select` made once: the
    /// lookups of every replayed record spent 2,000 instructions joining each query's SQL (callgrind).
    func fetchOne<T>(_ projection: Projection<T>, select: String, arguments: StatementArguments) throws -> T? {
        try fetchAll(cached: select, arguments: arguments) { projection.read(&$0) }.first
    }

    /// The values made by `make` from each row of a query, in order.
    func fetchAll<T>(cached sql: String, arguments: StatementArguments = [], _ make: (inout any RowReader) -> T) throws -> [T] {
        let statement = try cachedStatement(sql: sql)
        try statement.setArguments(arguments)  // resets the statement, checks and binds the arguments
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var values: [T] = []
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW:
                var row: any RowReader = SQLiteRow(statement: handle)
                values.append(make(&row))
            case SQLITE_DONE:
                return values
            case let code:
                throw stepError(code, sql: sql)
            }
        }
    }

    /// The first column of the first row, as an integer; nil when there is no row or it is NULL.
    func fetchInteger(cached sql: String, arguments: StatementArguments = []) throws -> Int64? {
        try fetchAll(cached: sql, arguments: arguments) { $0.nextInteger() }.first ?? nil
    }

    /// The first column of the first row, as text; nil when there is no row or it is NULL.
    func fetchText(cached sql: String, arguments: StatementArguments = []) throws -> String? {
        try fetchAll(cached: sql, arguments: arguments) { $0.nextText() }.first ?? nil
    }

    /// Runs one statement (not a script of several).
    /// What SQLite said when a statement stepped to `code` instead of a row or its end.
    func stepError(_ code: Int32, sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqliteConnection)), sql: sql)
    }

    func execute(cached sql: String, arguments: StatementArguments = []) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}

/// The current row of a statement, read column after column; valid only until the statement steps on.
struct SQLiteRow: RowReader {
    let statement: SQLiteStatement
    private var column: Int32 = 0

    init(statement: SQLiteStatement) { self.statement = statement }

    mutating func nextText() -> String? {
        defer { column += 1 }
        guard sqlite3_column_type(statement, column) != SQLITE_NULL, let text = sqlite3_column_text(statement, column) else {
            return nil
        }
        return String(cString: text)
    }

    mutating func nextInteger() -> Int64? {
        defer { column += 1 }
        guard sqlite3_column_type(statement, column) != SQLITE_NULL else { return nil }
        return sqlite3_column_int64(statement, column)
    }
}

extension Projection {
    /// `SELECT <columns> <rest>`.
    func select(_ rest: String) -> String { "SELECT \(list) \(rest)" }
}
