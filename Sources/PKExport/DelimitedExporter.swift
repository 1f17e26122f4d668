/// csv (RFC 4180: commas, CRLF) and tsv (tabs, LF), UTF-8; a field holding the separator,
/// a quote or a line break is quoted with doubled inner quotes.
public struct DelimitedExporter: Exporter {
    public let format: String
    let separator: Character
    let lineEnd: String

    public static let csv = DelimitedExporter(format: "csv", separator: ",", lineEnd: "\r\n")
    public static let tsv = DelimitedExporter(format: "tsv", separator: "\t", lineEnd: "\n")

    public func encode(_ table: ExportTable) -> [UInt8] {
        var text = line(table.header)
        for row in table.rows { text += line(row.map(\.plainText)) }
        return Array(text.utf8)
    }

    private func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: String(separator)) + lineEnd
    }

    private func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
