/// The name of one message of a layer; each layer keeps an enum of its own (`CoreText`, `StoreText`, …)
/// beside the errors that raise them, and each language's catalogue gives every name its text.
public protocol MessageKey: Sendable, Hashable, RawRepresentable where RawValue == String {}

/// A text to show the user: a message name and the values of its placeholders, rendered in a language
/// only when it is shown (by the shell's catalogues).
public struct Message: Sendable {
    public let key: any MessageKey
    public let arguments: [String: any TextArgument]

    public init(_ key: some MessageKey, _ arguments: [String: any TextArgument] = [:]) {
        self.key = key
        self.arguments = arguments
    }
}

/// Something the user is told about — errors and warnings — in whichever language they read.
public protocol Localized: CustomStringConvertible {
    var message: Message { get }
}

extension Localized {
    /// The message's name and arguments, for logs and debugging; users see it rendered by a catalogue.
    public var description: String {
        let arguments = message.arguments.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        return "\(message.key)" + (arguments.isEmpty ? "" : "(\(arguments.joined(separator: ", ")))")
    }
}

/// A placeholder's value, as the catalogue of each language writes it (`94,41` in Latvian, `94.41` in English).
public enum TextValue: Sendable {
    case text(String)
    case number(Int)
    case percent(Percent)
    case date(CalendarDate)
    case timestamp(Timestamp)
    /// A message inside another (a reason inside a sentence), written in the same language.
    case message(Message)
    /// Several messages, one after the other, in the same language.
    case messages([Message])
    /// A value that knows how each language writes it (a usage line with translated placeholders).
    case perLanguage(@Sendable (Language) -> String)
}

/// A value that can fill a placeholder.
public protocol TextArgument: Sendable {
    var textValue: TextValue { get }
}

extension String: TextArgument {
    public var textValue: TextValue { .text(self) }
}

extension Int: TextArgument {
    public var textValue: TextValue { .number(self) }
}

extension Percent: TextArgument {
    public var textValue: TextValue { .percent(self) }
}

extension CalendarDate: TextArgument {
    public var textValue: TextValue { .date(self) }
}

extension Timestamp: TextArgument {
    public var textValue: TextValue { .timestamp(self) }
}

extension Message: TextArgument {
    public var textValue: TextValue { .message(self) }
}

/// Messages given as one value (the reasons a record cannot be submitted).
public struct MessageList: TextArgument {
    public let messages: [Message]

    public init(_ messages: [Message]) { self.messages = messages }

    public var textValue: TextValue { .messages(messages) }
}
