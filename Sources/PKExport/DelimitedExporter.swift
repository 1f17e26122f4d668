/// csv (RFC 4180: commas, CRLF) and tsv (tabs, LF), UTF-8; a field holding the separator,
/// a quote or a line break is quoted with doubled inner quotes.
///
/// csv starts with a UTF-8 byte-order mark: Excel opens a csv file by double-click in the Windows
/// code page unless the file starts with one, which would garble ā, š, ž. LibreOffice (importing as
/// UTF-8, which its import dialog proposes for such a file) and Python's `utf-8-sig` codec drop it.
/// tsv, read mostly by scripts, has none.
public struct DelimitedExporter: RowStreamingExporter {
    public let format: String
    let separator: Character
    let lineEnd: String
    let byteOrderMark: Bool

    public static let csv = DelimitedExporter(format: "csv", separator: ",", lineEnd: "\r\n", byteOrderMark: true)
    public static let tsv = DelimitedExporter(format: "tsv", separator: "\t", lineEnd: "\n", byteOrderMark: false)

    public func encode(_ table: ExportTable) -> [UInt8] {
        start(header: table.header) + encode(rows: table.rows)
    }

    public func start(header: [String]) -> [UInt8] {
        (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(line(header).utf8)
    }

    public func encode(rows: [[ExportCell]]) -> [UInt8] {
        var bytes: [UInt8] = []
        for row in rows { bytes += line(row.map(\.plainText)).utf8 }
        return bytes
    }

    private func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: String(separator)) + lineEnd
    }

    private func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
