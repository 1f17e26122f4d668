/// Splits a command line into words: blanks separate, `"…"` and `'…'` keep blanks, `\` escapes the next
/// character (inside double quotes too), and `#` outside quotes starts a comment. With `variables`,
/// `$NAME` and `${NAME}` outside single quotes become the variable's value, inside the same word.
public enum Lexer {
    public static func words(_ line: String, variables: [String: String]? = nil) throws(SyntaxError) -> [Word] {
        if let words = plainWords(line) { return words }
        return try generalWords(line, variables: variables)
    }

    /// The words of a line of printable ASCII without quotes, escapes, variables or comments (nearly every
    /// line of a script), split on its spaces without the general path's array of `Character`s; nil for any
    /// other line.
    static func plainWords(_ line: String) -> [Word]? {
        var line = line
        return line.withUTF8 { bytes -> [Word]? in
            var words: [Word] = []
            var start: Int?
            func finish(at end: Int) {
                guard let begin = start else { return }
                words.append(Word(String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<end]), as: UTF8.self),
                                  column: begin + 1))
                start = nil
            }
            for (offset, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: " "):
                    finish(at: offset)
                case UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "'"), UInt8(ascii: "\\"):
                    return nil
                case 0x21...0x7E:
                    if start == nil { start = offset }
                default:
                    return nil
                }
            }
            finish(at: bytes.count)
            return words
        }
    }

    /// Any line, character by character.
    static func generalWords(_ line: String, variables: [String: String]?) throws(SyntaxError) -> [Word] {
        let characters = Array(line)
        var words: [Word] = []
        var current = ""
        var start: Int?
        var literal = false
        var quote: (Character, column: Int)?
        var index = 0

        func begin(_ column: Int) { if start == nil { start = column } }
        func finish() {
            if let begin = start { words.append(Word(current, column: begin, isLiteral: literal)) }
            current = ""
            start = nil
            literal = false
        }

        while index < characters.count {
            let character = characters[index]
            let column = index + 1
            let inDoubleQuotes = quote?.0 == "\""
            if let variables, character == "$", quote == nil || inDoubleQuotes,
               let (name, length) = try variableName(in: characters, at: index) {
                guard let value = variables[name] else { throw .undefinedVariable(name, column: column) }
                begin(column)
                literal = true
                current += value
                index += length
                continue
            }
            index += 1
            if let (mark, _) = quote {
                if character == mark {
                    quote = nil
                } else if character == "\\" && mark == "\"" {
                    guard index < characters.count else { break }
                    current.append(characters[index])
                    index += 1
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
                begin(column)
                literal = true
                quote = (character, column)
            case "\\":
                begin(column)
                literal = true
                guard index < characters.count else { throw .danglingEscape(column: column) }
                current.append(characters[index])
                index += 1
            default:
                begin(column)
                current.append(character)
            }
        }
        if let (mark, begin) = quote { throw .unterminatedQuote(mark, column: begin) }
        finish()
        return words
    }

    /// The variable named at `index` (a `$`) and how many characters `$NAME` or `${NAME}` takes; nil when no
    /// name follows a bare `$` (`$5` stays as typed). A `${` is always a reference: one not `${NAME}` is an error.
    private static func variableName(in characters: [Character], at index: Int) throws(SyntaxError) -> (String, Int)? {
        func isNameCharacter(_ character: Character, first: Bool) -> Bool {
            character.isASCII && (character.isLetter || character == "_" || (!first && character.isNumber))
        }
        var cursor = index + 1
        let braced = cursor < characters.count && characters[cursor] == "{"
        if braced { cursor += 1 }
        let nameStart = cursor
        while cursor < characters.count, isNameCharacter(characters[cursor], first: cursor == nameStart) { cursor += 1 }
        if braced {
            guard cursor > nameStart, cursor < characters.count, characters[cursor] == "}" else {
                throw .badVariableReference(column: index + 1)
            }
            cursor += 1
            return (String(characters[nameStart..<cursor - 1]), cursor - index)
        }
        guard cursor > nameStart else { return nil }
        let name = String(characters[nameStart..<cursor])
        return (name, cursor - index)
    }
}
