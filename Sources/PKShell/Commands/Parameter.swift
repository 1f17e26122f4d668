/// What kind of value a command argument takes; drives TAB completion.
public enum ValueKind: Sendable, Equatable {
    /// A service code or name.
    case service
    /// Any of the 11 channels.
    case channel
    /// A channel on the open record's service description.
    case describedChannel
    case count, year, date, file, text, format
    /// A login typed to log in: never completed, so completion reveals no user names.
    case login
    /// An existing user's login (completed for administrators).
    case userLogin
    /// An institution code (completed for administrators).
    case institution
}

/// A positional argument of a command.
public struct Parameter: Sendable {
    public enum Arity: Sendable { case required, optional, oneOrMore }

    public let name: String
    public let kind: ValueKind
    public let arity: Arity

    public init(_ name: String, _ kind: ValueKind, _ arity: Arity = .required) {
        self.name = name
        self.kind = kind
        self.arity = arity
    }

    /// `CHANNEL`, `[SERVICE]`, `CHANNEL...`.
    var synopsis: String {
        switch arity {
        case .required: name
        case .optional: "[\(name)]"
        case .oneOrMore: "\(name)..."
        }
    }
}

/// A `--name` option of a command: a flag, or one that takes a value.
public struct OptionSpec: Sendable {
    public let name: String
    public let value: (name: String, kind: ValueKind)?
    public let isRequired: Bool
    public let summary: String

    public static func flag(_ name: String, _ summary: String) -> OptionSpec {
        OptionSpec(name: name, value: nil, isRequired: false, summary: summary)
    }

    public static func value(_ name: String, _ valueName: String, _ kind: ValueKind, required: Bool = false,
                             _ summary: String) -> OptionSpec {
        OptionSpec(name: name, value: (valueName, kind), isRequired: required, summary: summary)
    }

    /// `--json`, `--until YYYY-MM-DD`, `[--admin]`.
    var synopsis: String {
        let body = value.map { "\(name) \($0.name)" } ?? name
        return isRequired ? body : "[\(body)]"
    }
}
