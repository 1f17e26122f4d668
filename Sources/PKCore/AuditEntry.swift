/// One change in the audit trail: who changed what, when, from what to what.
public struct AuditEntry: Sendable, Equatable {
    public let at: Timestamp
    public let login: String
    public let institutionCode: String?
    public let serviceCode: String?
    public let year: Int?
    /// The kind of change as stored (`save record`); `kind` reads it.
    public let action: String
    public let detail: String

    public init(at: Timestamp, login: String, institutionCode: String?, serviceCode: String?, year: Int?,
                action: String, detail: String) {
        self.at = at
        self.login = login
        self.institutionCode = institutionCode
        self.serviceCode = serviceCode
        self.year = year
        self.action = action
        self.detail = detail
    }

    /// The kind of change, or nil for one this version of pks does not know.
    public var kind: AuditAction? { AuditAction(rawValue: action) }
}
