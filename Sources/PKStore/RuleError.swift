import PKCore

/// A rule of the catalogue that refused a change to a description or to someone's rights; the message
/// names the rule. Carried by `StoreError.rule`.
public enum RuleError: Error, Equatable, Localized {
    /// A description with submitted statistics stays: those are the catalogue's record.
    case serviceHasSubmittedStatistics(code: String, years: [Int])
    /// A description, contact or other card text that is empty, too long or holds control characters.
    case invalidText(String)
    case invalidEmail(String)
    /// Rights must end in the future.
    case untilNotInFuture(CalendarDate, today: CalendarDate)
    /// Administrators belong to the catalogue's own institution.
    case administratorOutsideCatalogue(institution: String, catalogue: String)
    case passwordTooShort(minimum: Int)
    case passwordContainsLogin(String)
    case passwordTooCommon
    case passwordPattern

    public var message: Message {
        switch self {
        case .serviceHasSubmittedStatistics(let code, let years):
            Message(RuleText.serviceHasSubmittedStatistics, ["code": code, "years": years.map(String.init).joined(separator: ", "),
                                                             "n": years.count])
        case .invalidText(let text): Message(RuleText.invalidText, ["text": text])
        case .invalidEmail(let text): Message(RuleText.invalidEmail, ["text": text])
        case .untilNotInFuture(let date, let today): Message(RuleText.untilNotInFuture, ["date": date, "today": today])
        case .administratorOutsideCatalogue(let institution, let catalogue):
            Message(RuleText.administratorOutsideCatalogue, ["institution": institution, "catalogue": catalogue])
        case .passwordTooShort(let minimum): Message(RuleText.passwordTooShort, ["minimum": minimum])
        case .passwordContainsLogin(let login): Message(RuleText.passwordContainsLogin, ["login": login])
        case .passwordTooCommon: Message(RuleText.passwordTooCommon)
        case .passwordPattern: Message(RuleText.passwordPattern)
        }
    }
}
