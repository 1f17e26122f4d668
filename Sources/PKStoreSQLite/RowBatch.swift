import GRDB

/// Rows inserted many to a statement: SQLite's work around each statement (opening its cursors, running
/// its end) cost an import more than the row's own insert. The number of rows is known at the start, so
/// each statement is made for exactly the rows it takes and runs as soon as they are bound.
struct RowBatch {
    private let db: Database
    private let head: String
    private let row: String
    private var remaining: Int
    private var unbound = 0
    private var writer: RowWriter?

    /// Rows per statement: 50 rows of 7 values stay far below SQLite's 32,766 parameters.
    static let rowsPerStatement = 50

    /// `count` rows of `head` (`INSERT INTO t (a, b) VALUES`), each written as `row` (`(?, ?)`).
    init(_ db: Database, _ head: String, row: String, count: Int) {
        self.db = db
        self.head = head
        self.row = row
        remaining = count
    }

    /// Binds the next row's values through `bind`; runs the statement once all of its rows are bound.
    mutating func add(_ bind: (inout RowWriter) -> Void) throws {
        precondition(remaining > 0, "more rows than the batch was made for")
        if unbound == 0 {
            unbound = min(remaining, Self.rowsPerStatement)
            writer = try RowWriter(db, head + " " + Array(repeating: row, count: unbound).joined(separator: ", "))
        }
        bind(&writer!)
        remaining -= 1
        unbound -= 1
        if unbound == 0 { try writer!.run() }
    }
}
