import PKCore

/// Writes an export table in one file format.
public protocol Exporter: Sendable {
    /// The file extension and format name users type (`csv`).
    var format: String { get }
    /// A writer of one file.
    func writer() -> any ExportWriter
}

/// One file being written: its header, then rows as they are read, in parts, then its end — so that
/// memory stays flat whatever the number of rows.
public protocol ExportWriter {
    /// Writes what comes before the rows.
    mutating func begin(header: [String], to sink: inout some ByteSink) throws(ExportError)
    /// Writes rows, after the header or earlier rows.
    mutating func write(rows: [[ExportCell]], to sink: inout some ByteSink) throws(ExportError)
    /// Writes what comes after the rows; `title` says what they cover (`2019`), known only once they are read.
    mutating func finish(title: String, to sink: inout some ByteSink) throws(ExportError)
}

extension Exporter {
    /// The whole file of a table, in memory.
    public func encode(_ table: ExportTable) throws(ExportError) -> [UInt8] {
        var bytes: [UInt8] = []
        var writer = writer()
        try writer.begin(header: table.header, to: &bytes)
        try writer.write(rows: table.rows, to: &bytes)
        try writer.finish(title: table.title, to: &bytes)
        return bytes
    }
}

/// The exporters, one per format.
public enum Exporters {
    public static let all: [any Exporter] = [XLSXExporter(), DelimitedExporter.csv, DelimitedExporter.tsv]

    /// The exporter of a format name, case-insensitively.
    public static func named(_ format: String) -> (any Exporter)? {
        all.first { $0.format == format.lowercased() }
    }
}
