import PKCore

/// Every text of one language, by message name, and that language's rules for writing values.
/// Templates name their placeholders: `{code}` is replaced by the argument `code`;
/// `{n:ieraksts|ieraksti|ierakstu}` is the form of the word that goes with the number `n` (English:
/// one|other; Latvian: one|other|zero — 1 ieraksts, 2 ieraksti, 10 ierakstu). Braces around anything that
/// is not an argument stay as written (`${NAME}`).
public struct Catalogue: Sendable {
    public let language: Language
    let rules: LanguageRules
    /// The language's groups of messages, each a function whose `switch` gives the texts of its names.
    let groups: [MessageGroup]

    /// A catalogue of the language's groups (each a `switch` function of the language's folder). Nothing is
    /// gathered at start-up: the dictionary of every text it once built cost `pks -c help` a tenth of its
    /// instructions (callgrind).
    init(_ language: Language, rules: LanguageRules, groups: [MessageGroup]) {
        self.language = language
        self.rules = rules
        self.groups = groups
    }

    public static func of(_ language: Language) -> Catalogue {
        switch language {
        case .lv: latvian
        case .en: english
        }
    }

    /// The template of a message name, or nil when this language has none (which a test forbids).
    func template(_ key: any MessageKey) -> String? { template(of: key) }

    /// The name taken out of its existential once, not once a group.
    private func template<Key: MessageKey>(of key: Key) -> String? {
        for group in groups {
            if let template = group.text(of: key) { return template }
        }
        return nil
    }

    /// The message in this language; a name missing here falls back to English. Braces are looked for
    /// among the bytes, not the characters: every command's output is rendered here. Pieces of the template go
    /// in through String's own `append(contentsOf: Substring)`: `+=` takes the generic path, whose first call
    /// searches every protocol conformance of the binary (callgrind).
    public func render(_ message: Message) -> String {
        let template = template(message.key) ?? Catalogue.english.template(message.key) ?? "\(message.key)"
        let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
        guard template.utf8.withContiguousStorageIfAvailable({ $0.contains(openBrace) }) ?? true else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.utf8.firstIndex(of: openBrace) {
            result.append(contentsOf: rest[..<open])
            guard let close = rest.utf8[open...].firstIndex(of: closeBrace) else { break }
            let inside = rest[rest.utf8.index(after: open)..<close]
            if let filled = fill(inside, message.arguments) {
                result += filled
            } else {
                result.append(contentsOf: rest[open...close])
            }
            rest = rest[rest.utf8.index(after: close)...]
        }
        result.append(contentsOf: rest)
        return result
    }

    /// The longest text argument shown whole; longer ones (a line taken from the wrong file) are shortened.
    static let longestArgument = 200

    /// A value as this language writes it. Text arguments, which may come from what the user typed or a
    /// file, are made safe for the terminal and shortened when very long.
    public func text(_ value: some TextArgument) -> String {
        switch value.textValue {
        case .text(let text): Self.shown(text)
        case .number(let number): String(number)
        case .percent(let percent): rules.percent(percent)
        case .date(let date): rules.date(date)
        case .timestamp(let timestamp): rules.timestamp(timestamp)
        case .message(let message): render(message)
        case .messages(let messages): messages.map(render).joined(separator: "; ")
        case .perLanguage(let write): write(language)
        }
    }

    /// A text argument as shown: unsafe characters escaped, and no more than `longestArgument` characters.
    static func shown(_ text: String) -> String {
        let safe = TerminalText.escaped(text)
        guard safe.utf8.count > longestArgument, safe.count > longestArgument else { return safe }
        return safe.prefix(longestArgument - 40) + "… (\(safe.count) characters)"
    }

    /// The text of one placeholder, or nil when it names no argument.
    private func fill(_ placeholder: Substring, _ arguments: [String: any TextArgument]) -> String? {
        if !placeholder.utf8.contains(UInt8(ascii: ":")) { return arguments[String(placeholder)].map { text($0) } }
        let parts = placeholder.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let argument = arguments[String(parts[0])] else { return nil }
        guard parts.count == 2 else { return text(argument) }
        let forms = parts[1].split(separator: "|", omittingEmptySubsequences: false)
        guard case .number(let n) = argument.textValue else { return String(forms[forms.count > 1 ? 1 : 0]) }
        return String(forms[rules.pluralIndex(n, forms.count)])
    }

    /// The placeholders of a template, as written between the braces (`code`, `n:ieraksts|ieraksti|ierakstu`);
    /// argument names start with a small letter, so `${NAME}` is text.
    static func placeholders(in template: String) -> [Substring] {
        var found: [Substring] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let inside = rest[rest.index(after: open)..<close]
            if inside.first?.isLowercase == true { found.append(inside) }
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// The argument names a template uses, for checking that translations agree.
    static func argumentNames(in template: String) -> Set<String> {
        Set(placeholders(in: template).map { String($0.prefix { $0 != ":" }) })
    }
}

/// Some message names of one enum and their texts in one language: a function of the language's folder.
struct MessageGroup: Sendable {
    /// The enum of the group's names.
    let enumeration: ObjectIdentifier
    /// The text of a name of `enumeration`, given where the name's value is: casting it back from
    /// `any MessageKey` in each group cost a thousand instructions a group (callgrind).
    private let text: @Sendable (UnsafeRawPointer) -> String?

    init<Key: MessageKey>(_ text: @escaping @Sendable (Key) -> String?) {
        enumeration = ObjectIdentifier(Key.self)
        self.text = { value in text(value.load(as: Key.self)) }
    }

    /// The text of a name, or nil when the name is not of this group.
    func text<Key: MessageKey>(of key: Key) -> String? {
        guard enumeration == ObjectIdentifier(Key.self) else { return nil }
        return withUnsafePointer(to: key) { text(UnsafeRawPointer($0)) }
    }
}

extension Message {
    /// The message in a language.
    public func text(in language: Language) -> String { Catalogue.of(language).render(self) }
}

extension Language {
    /// The text of a message name in this language, its placeholders filled from `arguments`.
    public func text(_ key: some MessageKey, _ arguments: [String: any TextArgument] = [:]) -> String {
        Message(key, arguments).text(in: self)
    }

    /// A value as this language writes it (`94,41`, `17.12.2019`).
    public func text(_ value: some TextArgument) -> String { Catalogue.of(self).text(value) }

    public var rules: LanguageRules { Catalogue.of(self).rules }
}

extension Localized {
    /// The error or warning in a language.
    public func text(in language: Language) -> String { message.text(in: language) }
}
