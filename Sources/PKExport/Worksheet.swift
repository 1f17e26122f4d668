import PKCore

/// The worksheet part (`xl/worksheets/sheet1.xml`), in pieces written as the rows stream past: the header
/// row in bold and frozen, numbers as numeric cells, timestamps as date serial numbers, texts as inline
/// strings (a shared string table grows with the distinct texts, held until the end) but for the rare ones
/// that need an `_xHHHH_` escape, which go to the shared string table (openpyxl decodes them only there),
/// and every column as wide as its longest content.
enum Worksheet {
    /// What comes before `<sheetData>`: the dimension, the frozen pane and the column widths.
    static func head(widths: [Int], lastRow: Int) -> [UInt8] {
        let last = "\(SpreadsheetML.columnLetters(max(widths.count, 1) - 1))\(lastRow)"
        var bytes = Array(SpreadsheetML.declaration.utf8)
        bytes += """
            <worksheet xmlns="\(SpreadsheetML.mainNamespace)" xmlns:r="\(SpreadsheetML.relationshipNamespace)">\
            <dimension ref="A1:\(last)"/>\
            <sheetViews><sheetView workbookViewId="0">\
            <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
            <selection pane="bottomLeft" activeCell="A2" sqref="A2"/>\
            </sheetView></sheetViews>\
            <sheetFormatPr defaultRowHeight="15"/>
            """.utf8
        if !widths.isEmpty {
            bytes += "<cols>".utf8
            for (index, width) in widths.enumerated() {
                bytes += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>".utf8
            }
            bytes += "</cols>".utf8
        }
        return bytes
    }

    static let dataStart = Array("<sheetData>".utf8)
    static let end = Array("</sheetData></worksheet>".utf8)

    /// One `<row>`: each cell as `<c r="B2" s="STYLE"><v>VALUE</v></c>`, a text as
    /// `<c r="B2" t="inlineStr"><is><t>TEXT</t></is></c>` (or `t="s"` and its index in `strings`), empty cells
    /// left out; `cellOpenings` are each column's `<c r="LETTERS` in UTF-8.
    static func appendRow(_ number: Int, _ cells: [ExportCell], header: Bool, cellOpenings: [[UInt8]],
                          strings: inout SharedStrings, to bytes: inout [UInt8]) {
        var rowDigits: [UInt8] = []
        DecimalText.append(number, to: &rowDigits)
        bytes.append(literal: #"<row r=""#)
        bytes.append(bytes: rowDigits)
        bytes.append(literal: #"">"#)
        for (column, cell) in cells.enumerated() {
            if case .empty = cell { continue }
            bytes.append(bytes: cellOpenings[column])
            bytes.append(bytes: rowDigits)
            switch cell {
            case .text(let text):
                appendText(text, header: header, strings: &strings, to: &bytes)
                continue
            case .percent:
                appendStyle(.percent, to: &bytes)
                bytes.append(literal: #""><v>"#)
                cell.appendPlainText(to: &bytes)
            case .timestamp(let timestamp):
                appendStyle(.timestamp, to: &bytes)
                bytes.append(literal: #""><v>"#)
                bytes += String(serialNumber(timestamp)).utf8
            case .integer, .empty:
                bytes.append(literal: #""><v>"#)
                cell.appendPlainText(to: &bytes)
            }
            bytes.append(literal: "</v></c>")
        }
        bytes.append(literal: "</row>")
    }

    /// The rest of a text cell after its reference: inline, or by index into `strings` when it needs an escape
    /// sequence; bold in the header, wrapped when it holds a line break.
    private static func appendText(_ text: String, header: Bool, strings: inout SharedStrings, to bytes: inout [UInt8]) {
        var contiguous = text
        let shared = contiguous.withUTF8 { utf8 in
            appendStyle(header ? .header : LineBreak.occurs(in: utf8) ? .wrapped : .normal, to: &bytes)
            guard !XMLText.needsEscapeSequence(utf8) else { return true }
            bytes.append(literal: XMLText.needsPreserve(utf8) ? #"" t="inlineStr"><is><t xml:space="preserve">"# : #"" t="inlineStr"><is><t>"#)
            XMLText.append(utf8, to: &bytes)
            bytes.append(literal: "</t></is></c>")
            return false
        }
        guard shared else { return }
        bytes.append(literal: #"" t="s"><v>"#)
        DecimalText.append(strings.index(of: text), to: &bytes)
        bytes.append(literal: "</v></c>")
    }

    /// The ` s="STYLE"` attribute, left out for the normal style.
    private static func appendStyle(_ style: SpreadsheetML.Style, to bytes: inout [UInt8]) {
        guard style != .normal else { return }
        bytes.append(literal: #"" s=""#)
        DecimalText.append(style.rawValue, to: &bytes)
    }

    /// Excel's date-time serial number: days since 1899-12-30, the time of day as the fraction.
    static func serialNumber(_ timestamp: Timestamp) -> Double {
        let seconds = timestamp.hour * 3_600 + timestamp.minute * 60 + timestamp.second
        return Double(timestamp.date.dayNumber + 25_569) + Double(seconds) / 86_400
    }
}
