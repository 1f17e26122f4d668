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
    /// The records of `year` (nil: every year) in `scope`, ordered by year, institution and service code,
    /// handed to `each` as they are read, a few hundred at a time, so that an export of the whole catalogue
    /// holds a few hundred records in memory, not the catalogue. All are read in one transaction, one query
    /// per institution's year. An error of `each` stops the reading and is thrown unchanged; the store's own
    /// errors are `StoreError`s.
    public func exportRecords(by principal: Principal, scope: ExportScope, year: Int?,
                              _ each: ([ExportRecord]) throws -> Void) throws {
        var failure: (any Error)?
        do {
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
                // One institution's year is its own group: no query to find it (one that read all its records).
                let groups = if let institution = filter.institutionID, let year { [RecordGroup(institutionID: institution, year: year)] }
                    else { try db.recordGroups(filter) }
                try db.exportRecords(groups) { records in
                    do {
                        try each(records)
                    } catch {
                        failure = error
                        throw error
                    }
                }
            }
        } catch {
            throw failure ?? error
        }
    }
}
