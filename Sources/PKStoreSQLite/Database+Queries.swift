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

    /// What SQLite said when a statement stepped to `code` instead of a row or its end.
    func stepError(_ code: Int32, sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqliteConnection)), sql: sql)
    }

    /// Runs one statement (not a script of several).
    func execute(cached sql: String, arguments: StatementArguments = []) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}

/// The current row of a statement, read column after column; valid only until the statement steps on.
/// Each column is taken once as SQLite's value and read through it: every `sqlite3_column_*` call enters
/// and leaves the API again (an export reads 200,000 columns). The value is used on the connection's own
/// thread only, before the next step, as SQLite asks of such an unprotected value.
struct SQLiteRow: RowReader {
    let statement: SQLiteStatement
    private var column: Int32 = 0

    init(statement: SQLiteStatement) { self.statement = statement }

    mutating func nextUTF8() -> UnsafeBufferPointer<UInt8>? {
        guard let value = nextValue(), let text = sqlite3_value_text(value) else { return nil }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_value_bytes(value)))
    }

    mutating func nextInteger() -> Int64? {
        nextValue().map(sqlite3_value_int64)
    }

    /// The next column's value, nil when it is NULL.
    private mutating func nextValue() -> OpaquePointer? {
        defer { column += 1 }
        guard let value = sqlite3_column_value(statement, column), sqlite3_value_type(value) != SQLITE_NULL else { return nil }
        return value
    }
}

extension Projection {
    /// `SELECT <columns> <rest>`.
    func select(_ rest: String) -> String { "SELECT \(list) \(rest)" }
}
