/// Completion candidates in columns across the terminal, as shells list them.
public enum Columns {
    public static func layout(_ words: [String], width: Int) -> String {
        let column = (words.map(DisplayWidth.of).max() ?? 0) + 2
        let perRow = max(1, width / column)
        return stride(from: 0, to: words.count, by: perRow).map { start in
            words[start..<min(start + perRow, words.count)].map { word in
                word + DisplayWidth.padding(column - DisplayWidth.of(word))
            }.joined().trailingBlanksRemoved
        }.joined(separator: "\n")
    }
}

private extension String {
    var trailingBlanksRemoved: String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
