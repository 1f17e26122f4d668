import Foundation

/// What one audit entry changed, as data rather than a sentence, so that each language words it: every
/// field that changed, with its old and new value. Stored as JSON in the trail's `detail` column; any
/// command describes its change with it, e.g. `AuditDetail(.name, subject: "015A", old: "A", new: "B")`.
/// Entries stored before were English sentences: `stored(_:)` gives nil for them and they are shown as
/// they are.
public struct AuditDetail: Codable, Sendable, Equatable {
    /// One field. Values are written language-free (`2378/2245`, `2027-12-31`, `94.41/53.10`, or an
    /// `AuditTerm` such as `draft`); `old` is nil when the value is set for the first time.
    public struct Change: Codable, Sendable, Equatable {
        public let field: AuditField
        /// Whose field it is, when one entry may change several: a channel key, a login, a code.
        public let subject: String?
        public let old: String?
        public let new: String?

        public init(_ field: AuditField, subject: String? = nil, old: String? = nil, new: String?) {
            self.field = field
            self.subject = subject
            self.old = old
            self.new = new
        }

        /// A field that went from one term to another (`draft` → `submitted`).
        public init(_ field: AuditField, subject: String? = nil, from old: AuditTerm?, to new: AuditTerm) {
            self.init(field, subject: subject, old: old?.rawValue, new: new.rawValue)
        }
    }

    public var changes: [Change]

    public init(_ changes: [Change]) { self.changes = changes }

    public init(_ field: AuditField, subject: String? = nil, old: String? = nil, new: String?) {
        self.init([Change(field, subject: subject, old: old, new: new)])
    }


    /// The detail as stored, or nil for an entry written as a sentence (before details were data).
    public static func stored(_ text: String) -> AuditDetail? {
        guard text.hasPrefix("[") else { return nil }
        return (try? JSONDecoder().decode([Change].self, from: Data(text.utf8))).map(AuditDetail.init)
    }
}

/// What an audit change is about; the catalogues name each field in every language.
public enum AuditField: String, Codable, Sendable, MessageKey, CaseIterable {
    /// A channel's counts (`started/completed`); the subject is the channel key.
    case counts
    case complaints, delays
    /// Both quality indicators (`94.41/53.10`, `-` where not computable), or `notComputed`, `outOfDate`.
    case indicators
    case status, published, channels, name, institution, role
    /// A user's name (a person's, where `name` is a service's or an institution's).
    case fullName
    /// An ISO date, or `noEndDate`.
    case validUntil
    case rights, password, passwordHash, passwordCost, failedLogins
    /// A service card's short description, a channel's contact and working hours (the subject is the channel key).
    case description, contact, hours
    /// An institution's contact person (`Name <e-mail>`); the years of the drafts a deletion took; why a record was reopened.
    case contactPerson, drafts, reason

    /// Whether the values are ISO dates (written as each language writes dates).
    public var holdsDates: Bool { self == .validUntil }
    /// Whether the values are percentages separated by `/` (written with each language's decimal mark).
    public var holdsPercents: Bool { self == .indicators }
}

/// A value that is a word, not a figure or a name: each language has its own.
public enum AuditTerm: String, Codable, Sendable, MessageKey, CaseIterable {
    case draft, submitted, published, unpublished, open, closed, none, changed, forgotten
    case notComputed, outOfDate, notComputable, noEndDate, administrator, institutionUser, deleted
}
