import PKCore

/// An error or warning as the user sees it: `FILE:LINE: error: MESSAGE`, or `error: MESSAGE` at the terminal.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public let severity: Severity
    public let message: String
    public let location: SourceLocation?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public var description: String { rendered(in: .en, colored: false) }

    /// The diagnostic, with the severity (`error:`, `kļūda:`) in bold red (errors) or yellow (warnings) when `colored`.
    public func rendered(in language: Language, colored: Bool) -> String {
        let label = Message(severity == .error ? .labelError : .labelWarning).text(in: language)
        let code = severity == .error ? "1;31" : "1;33"
        return (location.map { $0.text(in: language) + ": " } ?? "")
            + (colored ? "\u{1B}[\(code)m\(label)\u{1B}[0m" : label) + " \(message)"
    }
}
