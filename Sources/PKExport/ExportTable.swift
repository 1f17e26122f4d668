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

/// A titled header row and data rows: what every exporter writes.
public struct ExportTable: Sendable, Equatable {
    /// What the data covers (`2019`); xlsx names its worksheet after it.
    public let title: String
    public let header: [String]
    public let rows: [[ExportCell]]

    public init(title: String, header: [String], rows: [[ExportCell]]) {
        self.title = title
        self.header = header
        self.rows = rows
    }
}
