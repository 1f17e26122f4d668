import PKCore

/// The yearly statistics workflow, always within the principal's own institution.
extension Store {
    /// The year's records of the institution, optionally those whose code or name contains `text`.
    public func records(by principal: Principal, year: Int, matching text: String? = nil) throws(StoreError) -> [StatisticsRecord] {
        try read(principal) { db in
            let user = try currentUser(db, principal)
            let all = try db.records(RecordFilter(institution: user.institution.id, year: year))
            guard let text, !text.isEmpty else { return all }
            return all.filter { TextFolding.contains($0.service.code, text) || TextFolding.contains($0.service.name, text) }
        }
    }

    /// One service's record of the year, whatever its status.
    public func record(by principal: Principal, service argument: String, year: Int) throws(StoreError) -> StatisticsRecord {
        try read(principal) { db in
            let service = try resolveService(db, try currentUser(db, principal), argument, scope: .ownInstitution)
            return try fetchRecord(db, service: service, year: year)
        }
    }

    /// Published services of the institution that have no record for the year.
    public func servicesMissingRecords(by principal: Principal, year: Int) throws(StoreError) -> [Service] {
        try read(principal) { db in
            try db.servicesMissingRecords(institution: try currentUser(db, principal).institution.id, year: year)
        }
    }

    /// A new, unsaved draft for a published service of the institution that has no record for the year yet.
    /// Its checks are made again when it is saved.
    public func newDraft(by principal: Principal, service argument: String, year: Int) throws(StoreError) -> StatisticsRecord {
        try lookUp(principal) { db in
            let service = try resolveService(db, try currentUser(db, principal), argument, scope: .ownInstitution)
            guard service.isPublished else { throw StoreError.notPublished(service.code) }
            guard !service.channels.isEmpty else { throw StoreError.noChannels(service.code) }
            switch try db.recordStatus(service: service.id, year: year) {
            case .submitted: throw StoreError.submittedRecordExists(code: service.code, year: year)
            case .draft: throw StoreError.recordExists(code: service.code, year: year)
            case nil: return StatisticsRecord.newDraft(of: service, year: year)
            }
        }
    }

    /// The year's saved draft of a service, for editing.
    public func draft(by principal: Principal, service argument: String, year: Int) throws(StoreError) -> StatisticsRecord {
        let record = try record(by: principal, service: argument, year: year)
        guard record.status == .draft else { throw .submittedReadOnly(code: record.service.code, year: year) }
        return record
    }

    /// Saves a draft: inserts a new one or updates the revision it was read at; returns it as stored.
    public func save(by principal: Principal, _ record: StatisticsRecord) throws(StoreError) -> StatisticsRecord {
        try write(principal) { db in
            let user = try currentUser(db, principal)
            let service = try resolveService(db, user, record.service.code, scope: .ownInstitution)
            guard service.id == record.service.id else { throw StoreError.unknownService(record.service.code) }
            var saved = record
            saved.service = service
            let old: StatisticsRecord?
            if record.id != nil {
                old = try? fetchRecord(db, service: service, year: record.year)
                guard let updated = try db.updateRecord(record, by: user) else { throw try staleSaveError(db, record) }
                saved.updated = updated
                saved.revision = record.revision + 1
            } else {
                old = nil
                let inserted = try db.insertRecord(record, by: user)
                saved.id = inserted.id
                saved.updated = inserted.updated
                saved.revision = 1
            }
            try db.appendAudit(AuditRecord(by: user, institution: user.institution.id, service: service.code, year: record.year,
                                           action: old == nil ? .createRecord : .saveRecord,
                                           detail: .recordChanges(from: old, to: record)))
            // What was just written, without reading it back: the query of the record and the one of its
            // counts took 14 % of a replay's instructions (callgrind); RecordSaveTests compares with a read.
            return saved
        }
    }

    /// Submits the year's saved record of a service; from then on it is read-only.
    public func submit(by principal: Principal, service argument: String, year: Int) throws(StoreError) -> StatisticsRecord {
        try write(principal) { db in
            let user = try currentUser(db, principal)
            let service = try resolveService(db, user, argument, scope: .ownInstitution)
            let record = try fetchRecord(db, service: service, year: year)
            if record.status == .submitted { throw StoreError.submittedReadOnly(code: service.code, year: year) }
            if let blocker = record.submitBlocker { throw blocker }
            try db.submitRecord(id: record.id!, by: user)
            try db.appendAudit(AuditRecord(by: user, institution: user.institution.id, service: service.code, year: year,
                                           action: .submitRecord,
                                           detail: AuditDetail([.init(.status, from: .draft, to: .submitted)])))
            return try fetchRecord(db, service: service, year: year)
        }
    }

    func fetchRecord(_ db: any CatalogueTransaction, service: Service, year: Int) throws -> StatisticsRecord {
        guard let record = try db.records(RecordFilter(service: service.id, year: year)).first else {
            throw service.isPublished ? StoreError.noRecord(code: service.code, year: year)
                : StoreError.noRecordUnpublished(code: service.code, year: year)
        }
        return record
    }

    /// Why an update matched no row: the record was submitted, deleted or saved by someone else meanwhile.
    private func staleSaveError(_ db: any CatalogueTransaction, _ record: StatisticsRecord) throws -> StoreError {
        try db.recordStatus(service: record.service.id, year: record.year) == .submitted
            ? .submittedReadOnly(code: record.service.code, year: record.year)
            : .changedElsewhere(code: record.service.code, year: record.year)
    }
}
