import PKCore

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
public struct Parameter: Sendable, Equatable {
    public enum Arity: Sendable { case required, optional, oneOrMore }

    /// What usage lines call it, in the user's language (`SERVICE`, `PAKALPOJUMS`).
    public let label: TextKey
    /// The name commands look the value up by: the English label.
    public let name: String
    public let kind: ValueKind
    public let arity: Arity

    public init(_ label: TextKey, _ kind: ValueKind, _ arity: Arity = .required) {
        self.label = label
        name = Language.en.text(label)
        self.kind = kind
        self.arity = arity
    }

    /// `CHANNEL`, `[SERVICE]`, `CHANNEL...`.
    func synopsis(in language: Language) -> String {
        let label = Message(label).text(in: language)
        return switch arity {
        case .required: label
        case .optional: "[\(label)]"
        case .oneOrMore: "\(label)..."
        }
    }
}

/// A `--name` option of a command: a flag, or one that takes a value.
public struct OptionSpec: Sendable, Equatable {
    /// The value an option takes: its label in usage lines and what completes it.
    public struct Value: Sendable, Equatable {
        public let label: TextKey
        public let kind: ValueKind
    }

    public let name: String
    public let value: Value?
    public let isRequired: Bool
    public let summary: TextKey

    public static func flag(_ name: String, _ summary: TextKey) -> OptionSpec {
        OptionSpec(name: name, value: nil, isRequired: false, summary: summary)
    }

    public static func value(_ name: String, _ label: TextKey, _ kind: ValueKind, required: Bool = false,
                             _ summary: TextKey) -> OptionSpec {
        OptionSpec(name: name, value: Value(label: label, kind: kind), isRequired: required, summary: summary)
    }

    /// `--until YYYY-MM-DD` (without brackets).
    func body(in language: Language) -> String {
        value.map { "\(name) \(Message($0.label).text(in: language))" } ?? name
    }

    /// `--json`, `--until YYYY-MM-DD`, `[--admin]`.
    func synopsis(in language: Language) -> String {
        isRequired ? body(in: language) : "[\(body(in: language))]"
    }
}

/// A command's usage line, written in the language it is shown in: `set CHANNEL STARTED COMPLETED`.
public struct CommandUsage: Sendable, Equatable, TextArgument {
    public let name: String
    public let parameters: [Parameter]
    public let options: [OptionSpec]

    public func text(in language: Language) -> String {
        ([name] + parameters.map { $0.synopsis(in: language) } + options.map { $0.synopsis(in: language) })
            .joined(separator: " ")
    }
}
