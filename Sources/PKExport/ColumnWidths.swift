/// Worksheet column widths in Excel's units (characters of the default font), measured row by row as the
/// rows stream past: the longest line of a column's contents plus two, bold header text counted a tenth
/// wider; from 6 to 80.
struct ColumnWidths {
    private var longest: [Int]

    init(header: [String]) {
        longest = header.map { (Self.longestLine($0) * 11 + 9) / 10 }
    }

    mutating func measure(_ row: [ExportCell]) {
        for (column, cell) in row.enumerated() {
            let length = switch cell {
            case .empty: 0
            case .text(let text): Self.longestLine(text)
            case .integer(let value): Self.digits(value)
            case .percent(let value): Self.digits(value.hundredths / 100) + 3
            case .timestamp: 19
            }
            if column < longest.count { longest[column] = max(longest[column], length) } else { longest.append(length) }
        }
    }

    var widths: [Int] { longest.map { min(max($0 + 2, 6), 80) } }

    private static func longestLine(_ text: String) -> Int {
        var text = text
        return text.withUTF8(LineBreak.longestLine)
    }

    private static func digits(_ value: Int) -> Int {
        var count = value < 0 ? 2 : 1, rest = value.magnitude
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }
}
