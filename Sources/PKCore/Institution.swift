/// A public institution: a service holder, or the catalogue's administrator (VRAA).
public struct Institution: Sendable, Equatable {
    public var id: Int64
    public var code: String
    public var name: String
    /// Whom the institution's users ask about their rights (the seed's *kontaktpersona*); nil until set.
    public var contact: InstitutionContact?

    public init(id: Int64, code: String, name: String, contact: InstitutionContact? = nil) {
        self.id = id
        self.code = code
        self.name = name
        self.contact = contact
    }
}

/// An institution's contact person: the one who asks VRAA to grant, renew or close its users' rights.
public struct InstitutionContact: Sendable, Equatable {
    public let name: String
    public let email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }

    /// `Anna Liepa <anna.liepa@carnikava.lv>`.
    public var description: String { "\(name) <\(email)>" }

    /// Whether `text` looks like one e-mail address: one `@` with text on both sides and a dot after it, no blanks.
    public static func isValidEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, text.count <= 254 else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
            && !text.contains(where: { $0.isWhitespace || $0.isNewline }) && !text.unicodeScalars.contains(where: TerminalText.isUnsafe)
    }
}
