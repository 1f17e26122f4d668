/// Script variables defined with `let` or `--var NAME=VALUE`.
public enum ScriptVariables {
    /// Letters, digits and `_`, not starting with a digit.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.first, !first.isNumber else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// Parses `NAME=VALUE` from the command line; nil when malformed.
    public static func parseAssignment(_ text: String) -> (name: String, value: String)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let name = String(text[..<equals])
        guard isValidName(name) else { return nil }
        return (name, String(text[text.index(after: equals)...]))
    }
}
