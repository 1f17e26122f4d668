import PKCore

/// Plain-text tables aligned by display width (Latvian letters take one column, combining marks none).
enum TextTable {
    enum Alignment { case left, right }

    /// Rows under a header, columns separated by two spaces; the last left-aligned column is not padded.
    static func render(header: [String], rows: [[String]], alignments: [Alignment]? = nil) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        let alignment = alignments ?? header.map { _ in .left }
        return all.map { row in
            row.indices.map { column in
                let cell = row[column]
                let padding = DisplayWidth.padding(widths[column] - DisplayWidth.of(cell))
                if alignment[column] == .right { return padding + cell }
                return column == row.count - 1 ? cell : cell + padding
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// The display width of the widest line of a rendered table.
    static func width(of table: String) -> Int {
        table.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
    }

    /// `label:  value` lines with the values aligned, the labels from the catalogue of `language`.
    static func fields(_ pairs: [(ShellText, String)], in language: Language, indent: String = "") -> String {
        fields(pairs.map { (indent + language.text($0.0), $0.1) })
    }

    /// `label:  value` lines with the values aligned.
    static func fields(_ pairs: [(String, String)]) -> String {
        let width = pairs.map { DisplayWidth.of($0.0) }.max() ?? 0
        return pairs.map { label, value in
            label + ":" + DisplayWidth.padding(width - DisplayWidth.of(label) + 2) + value
        }.joined(separator: "\n")
    }
}
