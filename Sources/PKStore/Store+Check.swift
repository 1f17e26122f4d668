import PKCore

/// One record as `check` saw it, with what its rules found.
public struct CheckedRecord: Sendable {
    public let record: StatisticsRecord
    public let findings: [CheckFinding]

    public var errors: [CheckFinding] { findings.filter(\.isError) }
}

/// What `submit --all` did: the drafts it submitted and those whose errors held them back.
public struct SubmitAllOutcome: Sendable {
    public let submitted: [StatisticsRecord]
    public let heldBack: [CheckedRecord]
}

/// Checking the year's records by the rules of `CheckRule`, and submitting those that pass.
extension Store {
    /// The year's drafts of the institution (or the one record named, whatever its status), each with its
    /// findings. `unsaved` is the record open with unsaved changes: the stored one is checked with an error
    /// saying so, and a new one never saved is checked as it stands, with that error too.
    public func check(by principal: Principal, year: Int, service argument: String? = nil,
                      unsaved unsavedRecord: StatisticsRecord? = nil) throws(StoreError) -> [CheckedRecord] {
        try read(principal) { db in
            let user = try currentUser(db, principal)
            let unsaved = unsavedRecord?.service.id
            let new = unsavedRecord.flatMap { $0.id == nil && $0.year == year && $0.service.institution.id == user.institution.id ? $0 : nil }
            let records: [StatisticsRecord], previousFilter: RecordFilter
            if let argument {
                let service = try resolveService(db, user, argument, scope: .ownInstitution)
                records = [try new.flatMap { $0.service.id == service.id ? $0 : nil } ?? fetchRecord(db, service: service, year: year)]
                previousFilter = RecordFilter(service: service.id, year: year - 1)
            } else {
                var drafts = try db.records(RecordFilter(institution: user.institution.id, year: year)).filter { $0.status == .draft }
                if let new {  // among the stored ones, which come by code
                    drafts.insert(new, at: drafts.firstIndex { $0.service.code.uppercased() > new.service.code.uppercased() } ?? drafts.endIndex)
                }
                records = drafts
                previousFilter = RecordFilter(institution: user.institution.id, year: year - 1)
            }
            guard !records.isEmpty else { return [] }
            let previous = Dictionary(try db.records(previousFilter).filter { $0.status == .submitted }.map { ($0.service.id, $0) },
                                      uniquingKeysWith: { first, _ in first })
            return records.map { record in
                CheckedRecord(record: record, findings: CheckRule.findings(for: CheckSubject(
                    record, previous: previous[record.service.id], unsaved: record.service.id == unsaved)))
            }
        }
    }

    /// Submits every draft of the year without errors; the one with unsaved changes (`unsaved`) is held back.
    public func submitAll(by principal: Principal, year: Int, unsaved: Int64? = nil) throws(StoreError) -> SubmitAllOutcome {
        try write(principal) { db in
            let user = try currentUser(db, principal)
            var submitted: [StatisticsRecord] = [], heldBack: [CheckedRecord] = []
            for record in try db.records(RecordFilter(institution: user.institution.id, year: year, forUpdate: true))
            where record.status == .draft {
                let errors = Self.submitErrors(record, unsaved: record.service.id == unsaved)
                guard errors.isEmpty else {
                    heldBack.append(CheckedRecord(record: record, findings: errors))
                    continue
                }
                submitted.append(try submitChecked(db, user, record))
            }
            return SubmitAllOutcome(submitted: submitted, heldBack: heldBack)
        }
    }

    /// The errors of `check` that keep a draft from being submitted.
    static func submitErrors(_ record: StatisticsRecord, unsaved: Bool = false) -> [CheckFinding] {
        CheckRule.findings(for: CheckSubject(record, unsaved: unsaved)).filter(\.isError)
    }

    /// Submits a draft whose errors were checked, and audits it; returns it as submitted.
    func submitChecked(_ db: any CatalogueTransaction, _ user: User, _ record: StatisticsRecord) throws -> StatisticsRecord {
        try db.submitRecord(id: record.id!, by: user)
        try db.appendAudit(AuditRecord(by: user, institution: user.institution.id, service: record.service.code,
                                       year: record.year, action: .submitRecord, detail: AuditDetail([.init(.status, from: .draft, to: .submitted)])))
        var submitted = record
        submitted.status = .submitted
        return submitted
    }
}
