import PKCore

/// Why a command line could not be split into words.
public enum SyntaxError: Error, Equatable, Localized {
    case unterminatedQuote(Character, column: Int)
    case danglingEscape(column: Int)
    case undefinedVariable(String, column: Int)
    /// `${` not followed by a name and `}`.
    case badVariableReference(column: Int)

    public var message: Message {
        switch self {
        case .unterminatedQuote(let quote, let column):
            Message(quote == "\"" ? .unterminatedDoubleQuote : .unterminatedSingleQuote, ["column": column])
        case .danglingEscape(let column): Message(.danglingEscape, ["column": column])
        case .undefinedVariable(let name, let column): Message(.undefinedVariable, ["name": name, "column": column])
        case .badVariableReference(let column): Message(.badVariableReference, ["column": column, "opening": "${", "form": "${NAME}"])
        }
    }
}
