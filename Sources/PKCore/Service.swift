/// A service description ("PK kartīte"): the channels on it decide which channels take statistics.
public struct Service: Sendable, Equatable {
    public var id: Int64
    public var code: String
    public var name: String
    public var institution: Institution
    public var channels: [Channel]
    public var isPublished: Bool
    /// The short description (the card's *īss apraksts*); nil until written.
    public var description: String?

    public init(id: Int64, code: String, name: String, institution: Institution,
                channels: [Channel], isPublished: Bool, description: String? = nil) {
        self.id = id
        self.code = code
        self.name = name
        self.institution = institution
        self.channels = channels.sorted()
        self.isPublished = isPublished
        self.description = description
    }

    /// Whether statistics of this service have quality indicators.
    public var isEService: Bool { channels.contains(where: \.isEService) }
}

/// Rules for service codes and names typed by users.
public enum ServiceNaming {
    /// Codes are 1–20 Latin letters (A–Z, no long vowels), digits, `-`, `_` or `.` (`015A`).
    public static func isValidCode(_ code: String) -> Bool {
        (1...20).contains(code.count)
            && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    }

    /// Names are 1–300 characters, not only blanks, without control characters or bidirectional overrides.
    public static func isValidName(_ name: String) -> Bool {
        (1...300).contains(name.count)
            && !name.allSatisfy(\.isWhitespace)
            && !name.unicodeScalars.contains(where: TerminalText.isUnsafe)
    }

    /// Descriptions, contacts and other card texts are 1–2000 characters, not only blanks, without
    /// control characters (line breaks included) or bidirectional overrides.
    public static func isValidText(_ text: String) -> Bool {
        (1...2000).contains(text.count)
            && !text.allSatisfy(\.isWhitespace)
            && !text.unicodeScalars.contains(where: TerminalText.isUnsafe)
    }
}
