import PKCore
import PKShell

/// argument-parser's usage errors as pks's own messages: the common ones in the message's language, the item
/// they name kept as written; any other in English, its first letter lowered as pks's messages begin.
enum UsageErrorText {
    /// argument-parser's English opening of each message pks says in its own words.
    private static let openings: [(String, ShellText)] = [
        ("Unknown option ", .usageUnknownOption), ("Missing expected argument ", .usageMissingArgument),
        ("Missing value for ", .usageMissingValue), ("Unexpected argument ", .usageUnexpectedArgument),
    ]

    static func text(_ english: String, in language: Language) -> String {
        for (opening, key) in openings where english.hasPrefix(opening) {
            return Message(key, ["item": String(english.dropFirst(opening.count))]).text(in: language)
        }
        return lowercasedStart(english)
    }

    /// `Unknown option '--bogus'` as every other pks message begins: `unknown option …` (a word in capitals,
    /// such as `URI`, stays).
    private static func lowercasedStart(_ text: String) -> String {
        guard let first = text.first, let second = text.dropFirst().first, second.isLowercase else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
