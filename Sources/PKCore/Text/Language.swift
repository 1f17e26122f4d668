/// The language of everything pks says: Latvian or English. Command words, exports and JSON are the
/// same in both.
public enum Language: String, Sendable, CaseIterable {
    case lv, en

    /// `--lang`, else `$PKS_LANG`, else Latvian when `LANG`, `LC_ALL` or `LC_MESSAGES` starts with `lv`,
    /// else English. An unknown name is refused, whichever way it came.
    public static func chosen(option: String?, environment: [String: String]) throws(LanguageError) -> Language {
        let latvianLocale = ["LANG", "LC_ALL", "LC_MESSAGES"].contains { environment[$0]?.lowercased().hasPrefix("lv") == true }
        let fallback: Language = latvianLocale ? .lv : .en
        if let option { return try named(option, source: "--lang", fallback: fallback) }
        if let variable = environment["PKS_LANG"], !variable.isEmpty {
            return try named(variable, source: "$PKS_LANG", fallback: fallback)
        }
        return fallback
    }

    private static func named(_ name: String, source: String, fallback: Language) throws(LanguageError) -> Language {
        guard let language = Language(rawValue: name.lowercased()) else {
            throw LanguageError(name: name, source: source, fallback: fallback)
        }
        return language
    }
}

/// `--lang` or `$PKS_LANG` names a language pks does not speak; told in the locale's language.
public struct LanguageError: Error, Equatable, Localized {
    public let name: String
    public let source: String
    public let fallback: Language

    public var message: Message { Message(CoreText.unknownLanguage, ["name": name, "source": source]) }
}
