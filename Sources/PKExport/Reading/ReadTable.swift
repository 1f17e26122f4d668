import PKCore

/// The formats a table is read from, by file extension unless the user names one.
public enum TableFormat: String, CaseIterable, Sendable {
    case csv, tsv, xlsx

    /// The format a file name's extension names (case ignored), or nil.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}

/// One row of a table read from a file, numbered as a spreadsheet numbers it (the header is row 1).
public struct ReadRow: Sendable, Equatable {
    public let number: Int
    public let cells: [String]

    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }

    /// The cell in a column, empty when the row is shorter.
    public subscript(column: Int) -> String { column < cells.count ? cells[column] : "" }

    /// Whether every cell is empty or blanks only.
    public var isBlank: Bool { cells.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
}

/// A table read from a csv, tsv or xlsx file: its rows with text in each cell (numbers as their digits),
/// blank rows left out, and what the reader noticed without refusing the file.
public struct ReadTable: Sendable, Equatable {
    public let rows: [ReadRow]
    public let warnings: [TableWarning]
    /// Whether a row writes out every cell up to its last value, as delimited text does (xlsx leaves
    /// empty cells out, so its short rows are normal).
    public let rowsHaveEveryCell: Bool

    public init(rows: [ReadRow], warnings: [TableWarning] = [], rowsHaveEveryCell: Bool = false) {
        self.rows = rows
        self.warnings = warnings
        self.rowsHaveEveryCell = rowsHaveEveryCell
    }

    /// The first row (the header) and the rows after it.
    public var header: ReadRow? { rows.first }
    public var body: ArraySlice<ReadRow> { rows.dropFirst() }

    /// Why a row of delimited text does not line up with the header: fewer values than columns (a value lost
    /// with its separator would otherwise read as an empty cell, which clears what it stands for), or a value
    /// after the last column (it would be dropped). Empty cells after the last column are harmless.
    public func alignmentProblem(of row: ReadRow) -> ImportProblem? {
        guard rowsHaveEveryCell, let columns = header?.cells.count else { return nil }
        if row.cells.count < columns {
            return ImportProblem(row: row.number, column: nil, Message(ImportText.importShortRow, ["n": row.cells.count, "columns": columns]))
        }
        guard let extra = row.cells.indices.dropFirst(columns).first(where: { !row.cells[$0].allSatisfy(\.isWhitespace) }) else { return nil }
        return ImportProblem(row: row.number, column: nil, Message(ImportText.importValueOutsideHeader, [
            "text": row.cells[extra], "column": extra + 1, "columns": columns]))
    }
}

/// Something a reader noticed without refusing the file.
public enum TableWarning: Sendable, Equatable, Localized {
    /// The text was not UTF-8 and was read as Windows-1257 (the Baltic code page of Windows).
    case readAsWindows1257(path: String)

    public var message: Message {
        switch self {
        case .readAsWindows1257(let path): Message(ReadingText.readAsWindows1257, ["path": path])
        }
    }
}
