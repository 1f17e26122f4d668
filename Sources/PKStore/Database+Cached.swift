import GRDB

/// Queries through statements each connection prepares once: parsing the same SQL again and again took
/// half of a replay's instructions (callgrind).
///
/// Rows are read by column position straight from SQLite's statement (`Columns`), not through GRDB's
/// `Row`: a `Row` maps every column name, lowercased, into a dictionary for each query, which cost more
/// than the indexed lookup itself on the single-row queries every store call makes (callgrind: about
/// 13,000 instructions a query before any value is read). `make` cannot throw, so that every query is
/// stepped to its end and its statement does not stay busy.
extension Database {
    /// The values made by `make` from each row of a query, in order.
    func fetchAll<T>(cached sql: String, arguments: StatementArguments = [], _ make: (Columns) -> T) throws -> [T] {
        let rows = try ColumnsCursor(cachedStatement(sql: sql), arguments: arguments)
        var values: [T] = []
        while let columns = try rows.next() { values.append(make(columns)) }
        return values
    }

    /// The value made by `make` from the first row of a query, or nil when there is none. The query is
    /// still stepped to its end, so that the statement does not stay busy (and keep a read open).
    func fetchOne<T>(cached sql: String, arguments: StatementArguments = [], _ make: (Columns) -> T) throws -> T? {
        let rows = try ColumnsCursor(cachedStatement(sql: sql), arguments: arguments)
        guard let first = try rows.next() else { return nil }
        let value = make(first)
        while try rows.next() != nil {}
        return value
    }

    /// Runs one statement (not a script of several).
    func execute(cached sql: String, arguments: StatementArguments = []) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}

extension DatabaseValueConvertible where Self: StatementColumnConvertible {
    /// The first column of the first row of a query, or nil when there is none or it is NULL.
    static func fetchOne(cached db: Database, sql: String, arguments: StatementArguments = []) throws -> Self? {
        try db.fetchOne(cached: sql, arguments: arguments) { $0[0] as Self? } ?? nil
    }
}

/// The current row of a statement, read by column position; valid only until the statement steps on.
struct Columns {
    let statement: SQLiteStatement

    /// The value of column `index`: `Value` may be optional, for columns that can be NULL; a NULL in a
    /// column read as non-optional is a programming error, as with GRDB's `Row`.
    subscript<Value: StatementColumnConvertible>(_ index: Int) -> Value {
        guard let value = Value.fromStatement(statement, atUncheckedIndex: CInt(index)) else {
            fatalError("column \(index) is NULL or not a \(Value.self)")
        }
        return value
    }
}

/// Steps a statement, handing out its current row; GRDB's `DatabaseCursor` supplies `next()`.
private final class ColumnsCursor: DatabaseCursor {
    typealias Element = Columns
    let _statement: Statement
    var _isDone = false

    init(_ statement: Statement, arguments: StatementArguments) throws {
        _statement = statement
        try statement.setArguments(arguments)  // resets the statement, checks and binds the arguments
    }

    func _element(sqliteStatement: SQLiteStatement) -> Columns { Columns(statement: sqliteStatement) }
}
