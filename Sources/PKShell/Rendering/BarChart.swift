/// Horizontal bars drawn in block characters to an eighth of a column, or in `#` where the output
/// cannot show them.
struct BarChart {
    /// Columns of the longest bar.
    let width: Int
    let ascii: Bool

    /// The eighths of a column, from one to seven.
    private static let partial = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar for `value` on a scale where `maximum` fills the width; empty when there is nothing to scale.
    func bar(_ value: Int, of maximum: Int) -> String {
        guard maximum > 0, value > 0, width > 0 else { return "" }
        if ascii { return String(repeating: "#", count: max(1, (value * width + maximum / 2) / maximum)) }
        let eighths = max(1, (value * width * 8 + maximum / 2) / maximum)
        return String(repeating: "█", count: eighths / 8) + (eighths % 8 == 0 ? "" : Self.partial[eighths % 8 - 1])
    }

    /// The least room a chart is given, however narrow the terminal.
    static let narrowest = 10
}

extension Interpreter {
    /// A chart whose bars fill what a table of `tableWidth` columns leaves of the terminal's width (else
    /// `$COLUMNS`, else 80); `#` with `ascii` or when the output is not UTF-8.
    func barChart(beside tableWidth: Int, ascii: Bool) -> BarChart {
        let environment = configuration.environment
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LANG"] ?? ""
        let utf8 = locale.lowercased().filter { $0 != "-" }.contains("utf8")
        return BarChart(width: max(BarChart.narrowest, outputColumns - tableWidth - 2), ascii: ascii || !utf8)
    }

    /// The width output is laid out for: the terminal's, else `$COLUMNS`, else 80.
    var outputColumns: Int {
        console.columns ?? configuration.environment["COLUMNS"].flatMap { Int($0) } ?? 80
    }
}
