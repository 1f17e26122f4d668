/// A text to show the user: a catalogue key and the values of its placeholders, rendered in a language
/// only when it is shown.
public struct Message: Sendable {
    public let key: TextKey
    public let arguments: [String: any TextArgument]

    public init(_ key: TextKey, _ arguments: [String: any TextArgument] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    public func text(in language: Language) -> String { Catalogue.of(language).render(self) }
}

extension Language {
    /// The catalogue text of `key` in this language, its placeholders filled from `arguments`.
    public func text(_ key: TextKey, _ arguments: [String: any TextArgument] = [:]) -> String {
        Message(key, arguments).text(in: self)
    }
}

/// Something the user is told about — errors and warnings — in whichever language they read.
/// `description` is the English text (logs, debugging, tests).
public protocol Localized: CustomStringConvertible {
    var message: Message { get }
}

extension Localized {
    public var description: String { message.text(in: .en) }
}

/// A placeholder value, written as the language writes it (`94,41` in Latvian, `94.41` in English).
public protocol TextArgument: Sendable {
    func text(in language: Language) -> String
}

extension String: TextArgument {
    public func text(in language: Language) -> String { self }
}

extension Int: TextArgument {
    public func text(in language: Language) -> String { String(self) }
}

extension Percent: TextArgument {
    public func text(in language: Language) -> String {
        language == .lv ? description.replacingOccurrences(of: ".", with: ",") : description
    }
}

extension CalendarDate: TextArgument {
    /// `31.12.2020` in Latvian, `2020-12-31` in English.
    public func text(in language: Language) -> String { language == .lv ? latvian : description }
}

extension Timestamp: TextArgument {
    /// `17.12.2019 09:43:01` in Latvian, `2019-12-17 09:43:01` in English.
    public func text(in language: Language) -> String { language == .lv ? latvian : description }
}

/// A message inside another (a reason inside a sentence) is written in the same language.
extension Message: TextArgument {}
