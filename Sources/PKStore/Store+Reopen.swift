import PKCore

/// Reopening: an administrator turns a submitted record back into a draft, with a reason the
/// institution sees in the audit trail and on the record.
extension Store {
    /// Reopens the year's submitted record of a service of one institution; returns it as a draft.
    public func reopen(by principal: Principal, service argument: String, institution code: String, year: Int,
                       reason: String) throws(StoreError) -> StatisticsRecord {
        guard !Self.isBlank(reason) else { throw .reasonRequired }
        return try write(principal) { db in
            let admin = try requireAdministrator(db, principal)
            let institution = try requireInstitution(db, code: code)
            let service = try resolveService(db, admin, argument, scope: .institution(institution))
            let record = try fetchRecord(db, service: service, year: year, offeringAdd: false)
            guard record.status == .submitted else { throw StoreError.notSubmitted(code: service.code, year: year) }
            try db.reopenRecord(id: record.id!, by: admin)
            try db.appendAudit(AuditRecord(by: admin, institution: institution.id, service: service.code, year: year,
                                           action: .reopenRecord,
                                           detail: AuditDetail([.init(.status, from: .submitted, to: .draft), .init(.reason, new: reason)])))
            return try fetchRecord(db, service: service, year: year, offeringAdd: false)
        }
    }

    /// The audit entry of the last reopening of a record that is a draft again, or nil.
    public func reopening(of record: StatisticsRecord, by principal: Principal) throws(StoreError) -> AuditEntry? {
        guard record.status == .draft else { return nil }
        return try read(principal) { db in
            try db.auditTrail(AuditFilter(institution: record.service.institution.id, service: record.service.code))
                .first { $0.kind == .reopenRecord && $0.year == record.year }  // newest first
        }
    }
}
