import PKStore

extension Catalogue {
    /// Rules of descriptions and rights that refused a change, in English.
    static func englishRules(_ key: RuleText) -> String {
        switch key {
        case .serviceHasSubmittedStatistics: "{code} has submitted statistics for {years}; a description with submitted statistics cannot be deleted (withdraw it instead: service unpublish {code})"
        case .invalidText: "'{text}' cannot be stored: write 1 to 2000 characters on one line, without control characters"
        case .invalidEmail: "'{text}' is not an e-mail address (name@example.lv)"
        case .untilNotInFuture: "rights must end in the future: {date} is not after today ({today})"
        case .administratorOutsideCatalogue: "administrators belong to the catalogue's own institution {catalogue}, not {institution}; grant {institution} institution user rights instead (without --admin)"
        case .passwordTooShort: "the password is too short: at least {minimum} characters"
        case .passwordContainsLogin: "the password must not contain the login {login}"
        case .passwordTooCommon: "the password is one of the 10,000 most common passwords; choose one that is not easily guessed"
        case .passwordPattern: "the password is a run such as 123456789012 or abcdefghijkl, or a few characters repeated; choose one that is not easily guessed"
        }
    }
}
