import PKCore

/// Writes an export table in one file format.
public protocol Exporter: Sendable {
    /// The file extension and format name users type (`csv`).
    var format: String { get }
    /// The whole file.
    func encode(_ table: ExportTable) throws(ExportError) -> [UInt8]
}

/// An exporter whose file is its header's bytes followed by each row's, so that rows can be written as
/// they are read, in parts, and memory stays flat whatever the number of rows.
public protocol RowStreamingExporter: Exporter {
    /// What comes before the rows.
    func start(header: [String]) -> [UInt8]
    /// Rows, to follow the start or earlier rows.
    func encode(rows: [[ExportCell]]) -> [UInt8]
}

/// The exporters, one per format.
public enum Exporters {
    public static let all: [any Exporter] = [XLSXExporter(), DelimitedExporter.csv, DelimitedExporter.tsv]

    /// The exporter of a format name, case-insensitively.
    public static func named(_ format: String) -> (any Exporter)? {
        all.first { $0.format == format.lowercased() }
    }
}
