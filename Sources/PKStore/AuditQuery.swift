import PKCore

/// What `log` asks of the audit trail, as the user typed it: names are resolved by the store.
public struct AuditQuery: Sendable, Equatable {
    public var service: String?
    public var login: String?
    /// An institution's code; administrators only.
    public var institution: String?
    public var since: CalendarDate?
    /// The newest this many entries; nil: all.
    public var limit: Int?

    public init(service: String? = nil, login: String? = nil, institution: String? = nil, since: CalendarDate? = nil,
                limit: Int? = nil) {
        self.service = service
        self.login = login
        self.institution = institution
        self.since = since
        self.limit = limit
    }
}

/// The entries a query found, newest first, and whether older ones were left out by its limit.
public struct AuditPage: Sendable, Equatable {
    public let entries: [AuditEntry]
    public let hasMore: Bool
}
