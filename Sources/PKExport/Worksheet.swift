import PKCore

/// The worksheet part (`xl/worksheets/sheet1.xml`): the header row in bold and frozen, numbers as
/// numeric cells, timestamps as date serial numbers, texts in the shared string table, and every
/// column as wide as its longest content.
enum Worksheet {
    static func xml(_ table: ExportTable, strings: inout SharedStrings) -> [UInt8] {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        let last = "\(SpreadsheetML.columnLetters(max(columns, 1) - 1))\(table.rows.count + 1)"
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
        if columns > 0 {
            bytes += "<cols>".utf8
            for (index, width) in columnWidths(table).enumerated() {
                bytes += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>".utf8
            }
            bytes += "</cols>".utf8
        }
        bytes += "<sheetData>".utf8
        let letters = (0..<columns).map { Array(SpreadsheetML.columnLetters($0).utf8) }
        appendRow(1, table.header.map(ExportCell.text), header: true, letters: letters, strings: &strings, to: &bytes)
        for (index, row) in table.rows.enumerated() {
            appendRow(index + 2, row, header: false, letters: letters, strings: &strings, to: &bytes)
        }
        bytes += "</sheetData></worksheet>".utf8
        return bytes
    }

    /// One `<row>`: each cell as `<c r="B2" s="STYLE" t="s"><v>VALUE</v></c>`, empty cells left out.
    private static func appendRow(_ number: Int, _ cells: [ExportCell], header: Bool, letters: [[UInt8]],
                                  strings: inout SharedStrings, to bytes: inout [UInt8]) {
        let rowNumber = Array(String(number).utf8)
        bytes += #"<row r=""#.utf8
        bytes += rowNumber + #"">"#.utf8
        for (column, cell) in cells.enumerated() {
            var style = SpreadsheetML.Style.normal
            let value: String
            switch cell {
            case .empty: continue
            case .text(let text):
                style = header ? .header : text.contains(where: \.isNewline) ? .wrapped : .normal
                value = String(strings.index(of: text))
            case .integer(let integer): value = String(integer)
            case .percent(let percent): (style, value) = (.percent, percent.description)
            case .timestamp(let timestamp): (style, value) = (.timestamp, String(serialNumber(timestamp)))
            }
            bytes += #"<c r=""#.utf8
            bytes += letters[column] + rowNumber
            if style != .normal { bytes += #"" s="\#(style.rawValue)"#.utf8 }
            if case .text = cell { bytes += #"" t="s"><v>"#.utf8 } else { bytes += #""><v>"#.utf8 }
            bytes += value.utf8
            bytes += "</v></c>".utf8
        }
        bytes += "</row>".utf8
    }

    /// Excel's date-time serial number: days since 1899-12-30, the time of day as the fraction.
    static func serialNumber(_ timestamp: Timestamp) -> Double {
        let seconds = timestamp.hour * 3_600 + timestamp.minute * 60 + timestamp.second
        return Double(timestamp.date.dayNumber + 25_569) + Double(seconds) / 86_400
    }

    /// Widths in Excel's units (characters of the default font): the longest line of a column's
    /// contents plus two, bold header text counted a tenth wider; from 6 to 80.
    static func columnWidths(_ table: ExportTable) -> [Int] {
        var widths = table.header.map { (longestLine($0) * 11 + 9) / 10 }
        for row in table.rows {
            for (column, cell) in row.enumerated() {
                let length = switch cell {
                case .empty: 0
                case .text(let text): longestLine(text)
                case .integer, .percent, .timestamp: cell.plainText.count
                }
                if column < widths.count { widths[column] = max(widths[column], length) } else { widths.append(length) }
            }
        }
        return widths.map { min(max($0 + 2, 6), 80) }
    }

    private static func longestLine(_ text: String) -> Int {
        text.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
    }
}
