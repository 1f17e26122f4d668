/// csv (RFC 4180: commas, CRLF) and tsv (tabs, LF), UTF-8; a field holding the separator, a quote or a
/// line break (any `LineBreak`: LF, VT, FF, CR, NEL, U+2028, U+2029) is quoted with doubled inner quotes. Written byte by byte into the sink's buffer, with no `String` per cell.
///
/// Neither starts with a byte-order mark: a program reading the file as UTF-8 (Python's csv module with
/// `encoding="utf-8"`, say) would take it for part of the first column's name. Excel, which opens a csv by
/// double-click in the Windows code page unless the file starts with one, has its own style (`excelCSV`).
public struct DelimitedExporter: Exporter, ExportWriter {
    public let format: String
    let separator: UInt8
    let lineEnd: [UInt8]
    let byteOrderMark: Bool

    public static let csv = DelimitedExporter(format: "csv", separator: ",", lineEnd: "\r\n", byteOrderMark: false)
    public static let tsv = DelimitedExporter(format: "tsv", separator: "\t", lineEnd: "\n", byteOrderMark: false)

    init(format: String, separator: Unicode.Scalar, lineEnd: String, byteOrderMark: Bool) {
        self.format = format
        self.separator = UInt8(ascii: separator)
        self.lineEnd = Array(lineEnd.utf8)
        self.byteOrderMark = byteOrderMark
    }

    public func writer() -> any ExportWriter { self }

    public func begin(header: [String], to sink: inout some ByteSink) throws(ExportError) {
        try sink.append { bytes in
            if byteOrderMark { bytes += [0xEF, 0xBB, 0xBF] }
            appendLine(header.map(ExportCell.text), to: &bytes)
        }
    }

    public func write(rows: [[ExportCell]], to sink: inout some ByteSink) throws(ExportError) {
        try sink.append { bytes in
            for row in rows { appendLine(row, to: &bytes) }
        }
    }

    public func finish(title: String, to sink: inout some ByteSink) {}

    private func appendLine(_ cells: [ExportCell], to bytes: inout [UInt8]) {
        var first = true
        for cell in cells {
            if !first { bytes.append(separator) }
            first = false
            if case .text(let text) = cell { appendField(text, to: &bytes) } else { cell.appendPlainText(to: &bytes) }
        }
        bytes.append(contentsOf: lineEnd)
    }

    private func appendField(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            guard needsQuotes(utf8) else { return bytes.append(bytes: utf8) }
            bytes.append(UInt8(ascii: "\""))
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// Whether a field holds the separator, a quote or a line break. Most bytes are letters and digits, passed
    /// over with one comparison: every line break begins with a byte below 0x0E or with 0xC2 or 0xE2.
    private func needsQuotes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.indices.contains { index in
            let byte = utf8[index]
            guard byte <= UInt8(ascii: "\"") || byte == separator || byte == 0xC2 || byte == 0xE2 else { return false }
            return byte == separator || byte == UInt8(ascii: "\"") || LineBreak.length(at: index, in: utf8) > 0
        }
    }
}
