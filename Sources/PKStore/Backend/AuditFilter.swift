import PKCore

/// Which audit entries a query returns, newest first: every condition given must hold, and at most `limit`.
/// Each condition is served by an index in time order, so a query costs what it returns, not the trail.
public struct AuditFilter: Sendable, Equatable {
    public var institutionID: Int64?
    public var serviceCode: String?
    /// The author's login (case ignored).
    public var login: String?
    /// Entries made on this day or later.
    public var since: CalendarDate?
    public var limit: Int?

    public init(institution: Int64? = nil, service: String? = nil, login: String? = nil, since: CalendarDate? = nil,
                limit: Int? = nil) {
        institutionID = institution
        serviceCode = service
        self.login = login
        self.since = since
        self.limit = limit
    }
}
