/// What TAB does with the word under the cursor.
public struct Completion: Equatable, Sendable {
    /// How many characters before the cursor to replace (the word as typed, quotes included).
    public let replacing: Int
    /// The matching words, as they would be inserted.
    public let candidates: [String]
    /// The text to put in place of the typed word: a unique match followed by a blank, or the longer
    /// prefix all matches share; nil when the candidates should be listed instead.
    public let insertion: String?

    /// Chooses the insertion for the matching words.
    init(replacing: Int, typed: String, matches: [String]) {
        self.replacing = replacing
        candidates = matches
        if matches.count == 1 {
            let match = matches[0]
            insertion = Self.quoted(match) + (match.hasSuffix("/") ? "" : " ")
        } else if let shared = Self.commonPrefix(matches), shared.count > typed.count {
            insertion = shared.contains(where: Self.needsQuotes) ? "\"" + shared : shared
        } else {
            insertion = nil
        }
    }

    /// A word with blanks or quotes goes in double quotes, with inner quotes and backslashes escaped.
    static func quoted(_ word: String) -> String {
        guard word.contains(where: needsQuotes) else { return word }
        return "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func needsQuotes(_ character: Character) -> Bool { " \t\"'#\\$".contains(character) }

    private static func commonPrefix(_ words: [String]) -> String? {
        guard var prefix = words.first.map(Array.init) else { return nil }
        for word in words.dropFirst() {
            prefix = Array(zip(prefix, word).prefix { $0.0 == $0.1 }.map(\.0))
        }
        return String(prefix)
    }
}
