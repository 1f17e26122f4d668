/// One change in the audit trail: who changed what, when, from what to what.
public struct AuditEntry: Sendable, Equatable {
    /// The entry's number in the trail, to name it when it is damaged.
    public let id: Int64
    /// When the change was made; nil when what is stored is no time (a damaged row, shown as such).
    public let at: Timestamp?
    public let login: String
    public let institutionCode: String?
    public let serviceCode: String?
    public let year: Int?
    /// The kind of change as stored (`save record`); `kind` reads it.
    public let action: String
    public let detail: String

    public init(id: Int64, at: Timestamp?, login: String, institutionCode: String?, serviceCode: String?, year: Int?,
                action: String, detail: String) {
        self.id = id
        self.at = at
        self.login = login
        self.institutionCode = institutionCode
        self.serviceCode = serviceCode
        self.year = year
        self.action = action
        self.detail = detail
    }

    /// Why the change was made (a reopening's reason), or the stored detail when it names no reason.
    public var reason: String {
        AuditDetail.stored(detail)?.changes.first { $0.field == .reason }?.new ?? detail
    }

    /// The kind of change, or nil for one this version of pks does not know.
    public var kind: AuditAction? { AuditAction(rawValue: action) }
}
