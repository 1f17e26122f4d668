import PKCore

/// One cell of an exported table, typed so each format can write numbers as numbers.
public enum ExportCell: Sendable, Equatable {
    case empty
    case text(String)
    case integer(Int)
    case percent(Percent)
    case timestamp(Timestamp)

    /// The cell as plain text, the way csv and tsv write it.
    public var plainText: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .integer(let value): String(value)
        case .percent(let value): value.description
        case .timestamp(let value): value.description
        }
    }
}

/// A header row and data rows: what every exporter writes.
public struct ExportTable: Sendable, Equatable {
    public let header: [String]
    public let rows: [[ExportCell]]

    public init(header: [String], rows: [[ExportCell]]) {
        self.header = header
        self.rows = rows
    }
}

/// Writes an export table in one file format.
public protocol Exporter: Sendable {
    /// The file extension and format name users type (`csv`).
    var format: String { get }
    func encode(_ table: ExportTable) -> [UInt8]
}
