import PKCore

/// How one language writes numbers, dates and plurals, and how its speakers answer and name things;
/// each language's folder holds its rules beside its texts.
public struct LanguageRules: Sendable {
    /// Which of a template's plural forms goes with a number, given how many forms it has.
    let pluralIndex: @Sendable (_ number: Int, _ forms: Int) -> Int
    let percent: @Sendable (Percent) -> String
    let date: @Sendable (CalendarDate) -> String
    let timestamp: @Sendable (Timestamp) -> String
    /// The first words of an answer that mean yes, lowercased.
    let yesAnswers: Set<String>
    /// What `help` calls the overview of channels (`channels`, `kanāli`).
    let channelsTopic: String

    /// Whether an answer to a yes/no question is yes, in any language pks speaks (a Latvian user may
    /// still type `y`).
    public static func isYes(_ answer: String) -> Bool {
        let word = answer.lowercased().split(separator: " ").first.map(String.init) ?? ""
        return Language.allCases.contains { $0.rules.yesAnswers.contains(word) }
    }
}
