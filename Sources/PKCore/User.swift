/// What a user may do: manage everything, or their own institution's services and statistics.
public enum Role: String, Sendable, Codable {
    case administrator = "admin"
    case institutionUser = "user"

    public var title: String { self == .administrator ? "administrator" : "institution user" }
}

/// A person with rights in the catalogue, belonging to one institution.
public struct User: Sendable, Equatable {
    public var id: Int64
    public var login: String
    public var fullName: String
    public var institution: Institution
    public var role: Role
    /// The last day the rights are valid; nil for no end date (the first administrator).
    public var validUntil: CalendarDate?
    public var isClosed: Bool

    public init(id: Int64, login: String, fullName: String, institution: Institution, role: Role,
                validUntil: CalendarDate?, isClosed: Bool) {
        self.id = id
        self.login = login
        self.fullName = fullName
        self.institution = institution
        self.role = role
        self.validUntil = validUntil
        self.isClosed = isClosed
    }

    public var isAdministrator: Bool { role == .administrator }

    /// Whether the rights allow working on `today`.
    public func hasValidRights(on today: CalendarDate) -> Bool {
        !isClosed && (validUntil.map { today <= $0 } ?? true)
    }
}
