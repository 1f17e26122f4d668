/// Splits a command line into words: blanks separate, `"…"` and `'…'` keep blanks, `\` escapes the next
/// character (inside double quotes too), and `#` outside quotes starts a comment.
public enum Lexer {
    public static func words(_ line: String) throws(SyntaxError) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start: Int?
        var literal = false
        var quote: (Character, column: Int)?
        var escaped = false
        var column = 0

        func finish() {
            if let begin = start { words.append(Word(current, column: begin, isLiteral: literal)) }
            current = ""
            start = nil
            literal = false
        }

        for character in line {
            column += 1
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if let (mark, _) = quote {
                if character == mark {
                    quote = nil
                } else if character == "\\" && mark == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case " ", "\t", "\r", "\n":
                finish()
            case "#":
                finish()
                return words
            case "\"", "'":
                if start == nil { start = column }
                literal = true
                quote = (character, column)
            case "\\":
                if start == nil { start = column }
                literal = true
                escaped = true
            default:
                if start == nil { start = column }
                current.append(character)
            }
        }
        if let (mark, begin) = quote { throw .unterminatedQuote(mark, column: begin) }
        if escaped { throw .danglingEscape(column: column) }
        finish()
        return words
    }
}
