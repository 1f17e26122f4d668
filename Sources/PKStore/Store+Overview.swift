import PKCore

/// The administrators' views across institutions: the national overview, and one institution's statistics
/// read-only. Institution users are refused them.
extension Store {
    /// Every institution's progress with the year, and the national channel totals over submitted records.
    public func overview(by principal: Principal, year: Int) throws(StoreError) -> NationalOverview {
        try read(principal) { db in
            try requireAdministrator(db, principal)
            return NationalOverview(year: year, institutions: try db.institutionProgress(year: year),
                                    channels: try db.submittedChannelTotals(year: year))
        }
    }

    /// Published services of every institution without a record for the year, by institution and code.
    public func servicesMissingRecordsEverywhere(by principal: Principal, year: Int) throws(StoreError) -> [Service] {
        try read(principal) { db in
            try requireAdministrator(db, principal)
            return try db.servicesMissingRecords(institution: nil, year: year)
                .sorted { ($0.institution.code, $0.code) < ($1.institution.code, $1.code) }
        }
    }

    /// The year's records of one institution, by code, for an administrator; optionally those whose code or
    /// name contains `text`.
    public func records(by principal: Principal, institution code: String, year: Int,
                        matching text: String? = nil) throws(StoreError) -> [StatisticsRecord] {
        try read(principal) { db in
            try requireAdministrator(db, principal)
            return Self.records(try db.records(RecordFilter(institution: try requireInstitution(db, code: code).id, year: year)),
                                matching: text)
        }
    }

    /// One service's record of the year in one institution, for an administrator.
    public func record(by principal: Principal, service argument: String, institution code: String,
                       year: Int) throws(StoreError) -> StatisticsRecord {
        try read(principal) { db in
            let admin = try requireAdministrator(db, principal)
            let institution = try requireInstitution(db, code: code)
            return try fetchRecord(db, service: try resolveService(db, admin, argument, scope: .institution(institution)), year: year,
                                   offeringAdd: false)
        }
    }
}
