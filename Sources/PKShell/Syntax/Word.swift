/// One word of a command line after quotes and escapes are resolved.
public struct Word: Sendable, Equatable {
    public let text: String
    /// 1-based column of the word's first character in the line.
    public let column: Int
    /// Whether any part was quoted or escaped, so it is never taken as an option or a command name.
    public let isLiteral: Bool

    public init(_ text: String, column: Int, isLiteral: Bool = false) {
        self.text = text
        self.column = column
        self.isLiteral = isLiteral
    }

    /// Whether the word is an option such as `--json`.
    public var isOption: Bool { !isLiteral && text.hasPrefix("--") && text.count > 2 }
}
