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

/// Writes an export table in one file format.
public protocol Exporter: Sendable {
    /// The file extension and format name users type (`csv`).
    var format: String { get }
    /// The whole file.
    func encode(_ table: ExportTable) throws(ExportError) -> [UInt8]
}

/// The exporters, one per format.
public enum Exporters {
    public static let all: [any Exporter] = [XLSXExporter(), DelimitedExporter.csv, DelimitedExporter.tsv]

    /// The exporter of a format name, case-insensitively.
    public static func named(_ format: String) -> (any Exporter)? {
        all.first { $0.format == format.lowercased() }
    }
}
