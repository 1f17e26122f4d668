import PKCore

/// The names of `RuleError`'s messages; texts in each language's catalogue.
public enum RuleText: String, MessageKey, CaseIterable {
    case serviceHasSubmittedStatistics
    case invalidText
    case invalidEmail
    case untilNotInFuture
    case administratorOutsideCatalogue
    case passwordTooShort
    case passwordContainsLogin
    case passwordTooCommon
    case passwordPattern
}
