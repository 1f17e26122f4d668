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
    /// left out; `letters` are the columns' letters in UTF-8.
    static func appendRow(_ number: Int, _ cells: [ExportCell], header: Bool, letters: [[UInt8]],
                          strings: inout SharedStrings, to bytes: inout [UInt8]) {
        bytes += #"<row r=""#.utf8
        ExportCell.append(number, to: &bytes)
        bytes += #"">"#.utf8
        for (column, cell) in cells.enumerated() {
            if case .empty = cell { continue }
            var style = SpreadsheetML.Style.normal
            switch cell {
            case .text(var text): style = header ? .header : text.withUTF8(LineBreak.occurs) ? .wrapped : .normal
            case .percent: style = .percent
            case .timestamp: style = .timestamp
            case .empty, .integer: break
            }
            bytes += #"<c r=""#.utf8
            bytes += letters[column]
            ExportCell.append(number, to: &bytes)
            if style != .normal {
                bytes += #"" s=""#.utf8
                ExportCell.append(style.rawValue, to: &bytes)
            }
            switch cell {
            case .text(let text) where XMLText.needsEscapeSequence(text):
                bytes += #"" t="s"><v>"#.utf8
                ExportCell.append(strings.index(of: text), to: &bytes)
            case .text(let text):
                bytes += (XMLText.needsPreserve(text) ? #"" t="inlineStr"><is><t xml:space="preserve">"# : #"" t="inlineStr"><is><t>"#).utf8
                XMLText.append(text, to: &bytes)
                bytes += "</t></is></c>".utf8
                continue
            case .timestamp(let timestamp):
                bytes += #""><v>"#.utf8
                bytes += String(serialNumber(timestamp)).utf8
            default:
                bytes += #""><v>"#.utf8
                cell.appendPlainText(to: &bytes)
            }
            bytes += "</v></c>".utf8
        }
        bytes += "</row>".utf8
    }

    /// Excel's date-time serial number: days since 1899-12-30, the time of day as the fraction.
    static func serialNumber(_ timestamp: Timestamp) -> Double {
        let seconds = timestamp.hour * 3_600 + timestamp.minute * 60 + timestamp.second
        return Double(timestamp.date.dayNumber + 25_569) + Double(seconds) / 86_400
    }
}
