import PKCore

/// Whose records an export covers.
public enum ExportScope: Sendable, Equatable {
    /// The principal's own institution, as every other statistics command.
    case ownInstitution
    /// One institution, by code; administrators only.
    case institution(String)
    /// Every institution; administrators only.
    case allInstitutions
}

/// Records for exports: the institution's own, or — for administrators — one institution's or all.
extension Store {
    /// The records of `year` (nil: every year) in `scope`, ordered by year, institution and service code.
    public func exportRecords(by principal: Principal, scope: ExportScope, year: Int?) throws(StoreError) -> [StatisticsRecord] {
        try read(principal) { db in
            var filter = RecordFilter(year: year)
            switch scope {
            case .ownInstitution:
                filter.institutionID = try currentUser(db, principal).institution.id
            case .institution(let code):
                try requireAdministrator(db, principal)
                filter.institutionID = try requireInstitution(db, code: code).id
            case .allInstitutions:
                try requireAdministrator(db, principal)
            }
            return try db.records(filter).sorted {
                ($0.year, $0.service.institution.code, $0.service.code) < ($1.year, $1.service.institution.code, $1.service.code)
            }
        }
    }
}
