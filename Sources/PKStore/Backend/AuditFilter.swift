import PKCore

/// Which audit entries a query returns, newest first: every condition given must hold, and at most `limit`.
/// Each condition is served by an index in time order, so a query costs what it returns, not the trail.
public struct AuditFilter: Sendable, Equatable {
    public var institutionID: Int64?
    public var serviceCode: String?
    public var userID: Int64?
    /// Entries made on this day or later.
    public var since: CalendarDate?
    public var limit: Int?

    public init(institution: Int64? = nil, service: String? = nil, user: Int64? = nil, since: CalendarDate? = nil,
                limit: Int? = nil) {
        institutionID = institution
        serviceCode = service
        userID = user
        self.since = since
        self.limit = limit
    }
}
