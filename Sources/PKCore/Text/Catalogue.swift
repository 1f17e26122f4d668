/// Every text of one language, by key. Templates name their placeholders: `{code}` is replaced by the
/// argument `code`; `{n:ieraksts|ieraksti|ierakstu}` is the form of the word that goes with the number
/// `n` (English: one|other; Latvian: one|other|zero — 1 ieraksts, 2 ieraksti, 10 ierakstu). Braces around
/// anything that is not an argument stay as written (`${NAME}`).
public struct Catalogue: Sendable {
    public let language: Language
    public let templates: [TextKey: String]

    init(_ language: Language, _ templates: [TextKey: String]) {
        self.language = language
        self.templates = templates
    }

    public static func of(_ language: Language) -> Catalogue {
        switch language {
        case .lv: latvian
        case .en: english
        }
    }

    /// The message in this language; a key missing here (which a test forbids) falls back to English.
    public func render(_ message: Message) -> String {
        let template = templates[message.key] ?? Catalogue.english.templates[message.key] ?? message.key.rawValue
        guard template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let inside = rest[rest.index(after: open)..<close]
            if let filled = fill(inside, message.arguments) {
                result += filled
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The text of one placeholder, or nil when it names no argument.
    private func fill(_ placeholder: Substring, _ arguments: [String: any TextArgument]) -> String? {
        let parts = placeholder.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let argument = arguments[String(parts[0])] else { return nil }
        guard parts.count == 2 else { return argument.text(in: language) }
        let forms = parts[1].split(separator: "|", omittingEmptySubsequences: false)
        return String(forms[pluralIndex(argument as? Int ?? 0, forms: forms.count)])
    }

    /// Which plural form goes with `n`: 0 one, 1 other, 2 zero (Latvian's genitive plural after 0, 10–20, 30, …).
    func pluralIndex(_ n: Int, forms: Int) -> Int {
        let value = abs(n)
        switch language {
        case .en:
            return value == 1 ? 0 : min(1, forms - 1)
        case .lv:
            if value % 10 == 1 && value % 100 != 11 { return 0 }
            if forms > 2 && (value % 10 == 0 || (11...19).contains(value % 100)) { return 2 }
            return min(1, forms - 1)
        }
    }

    /// The placeholders of a template, as written between the braces (`code`, `n:ieraksts|ieraksti|ierakstu`);
    /// argument names start with a small letter, so `${NAME}` is text.
    public static func placeholders(in template: String) -> [Substring] {
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
    public static func argumentNames(in template: String) -> Set<String> {
        Set(placeholders(in: template).map { String($0.prefix { $0 != ":" }) })
    }
}
