import Foundation
import PKCore

/// Reads a table from a csv, tsv or xlsx file: the one reader behind every import.
public enum TableReader {
    /// The table in `path`, in `format` (else the format its extension names).
    public static func read(_ path: String, format: TableFormat? = nil) throws(TableReadError) -> ReadTable {
        guard let format = format ?? TableFormat(path: path) else { throw .unknownFormat(path) }
        let table = try read(try contents(of: path), format: format, path: path)
        guard !table.rows.isEmpty else { throw .empty(path) }
        return table
    }

    /// The table in `data`; `path` names the file in messages.
    public static func read(_ data: Data, format: TableFormat, path: String) throws(TableReadError) -> ReadTable {
        switch format {
        case .xlsx:
            return try XLSXReader(path: path).table(of: data)
        case .csv, .tsv:
            let (text, windows1257) = TextDecoding.decode([UInt8](data))
            let separator = format == .tsv ? UInt8(ascii: "\t") : DelimitedReader.csvSeparator(of: text)
            let rows = try DelimitedReader(path: path, separator: separator).rows(of: text)
            return ReadTable(rows: rows, warnings: windows1257 ? [.readAsWindows1257(path: path)] : [], rowsHaveEveryCell: true)
        }
    }

    /// The whole file, or the system's reason why not (a folder reads as EISDIR).
    private static func contents(of path: String) throws(TableReadError) -> Data {
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { throw .unreadable(path, SystemReason(errno)) }
        defer { close(file) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(file, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, SystemReason(errno))
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[..<count])
        }
    }
}
