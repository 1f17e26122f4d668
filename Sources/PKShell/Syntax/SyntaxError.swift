/// Why a command line could not be split into words.
public enum SyntaxError: Error, Equatable, CustomStringConvertible {
    case unterminatedQuote(Character, column: Int)
    case danglingEscape(column: Int)
    case undefinedVariable(String, column: Int)

    public var description: String {
        switch self {
        case .unterminatedQuote(let quote, let column):
            "unterminated \(quote == "\"" ? "double" : "single") quote starting at column \(column)"
        case .danglingEscape(let column):
            "'\\' at column \(column) escapes nothing: the line ends there"
        case .undefinedVariable(let name, let column):
            "undefined variable $\(name) at column \(column); define it with let \(name) = VALUE or --var \(name)=VALUE"
        }
    }
}
