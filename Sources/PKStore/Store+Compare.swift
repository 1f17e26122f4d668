import PKCore

/// Comparing the reporting year with another, for `compare`.
extension Store {
    /// The institution's records of `year` against those of `against`, service by service: the principal's own
    /// institution, or for an administrator the one with `code`. Reads each year's records once, whatever
    /// their number.
    public func comparison(by principal: Principal, year: Int, against: Int,
                           institution code: String? = nil) throws(StoreError) -> YearComparison {
        try read(principal) { db in
            let institution = try code.map { code in
                _ = try requireAdministrator(db, principal)
                return try requireInstitution(db, code: code)
            } ?? currentUser(db, principal).institution
            return YearComparison(institution: institution, year: year,
                                  current: try db.records(RecordFilter(institution: institution.id, year: year)),
                                  against: against, previous: try db.records(RecordFilter(institution: institution.id, year: against)))
        }
    }
}
