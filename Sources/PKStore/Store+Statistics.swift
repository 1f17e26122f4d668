import PKCore

/// The yearly statistics workflow, always within the principal's own institution.
extension Store {
    /// The year's records of the institution, optionally those whose code or name contains `text`.
    public func records(by principal: Principal, year: Int, matching text: String? = nil) throws(StoreError) -> [StatisticsRecord] {
        try read(principal) { db in
            let user = try currentUser(db, principal)
            return Self.records(try db.records(RecordFilter(institution: user.institution.id, year: year)), matching: text)
        }
    }

    /// The records whose service code or name contains `text` (all when it is nil or empty).
    static func records(_ records: [StatisticsRecord], matching text: String?) -> [StatisticsRecord] {
        guard let text, !text.isEmpty else { return records }
        return records.filter { TextFolding.contains($0.service.code, text) || TextFolding.contains($0.service.name, text) }
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
        try lookUp(principal) { db in try newDraft(db, try currentUser(db, principal), service: argument, year: year) }
    }

    /// A new draft of the year that starts from the service's record of `sourceYear` (draft or submitted):
    /// its counts on the channels still on the description, its complaints and delays; indicators to be
    /// computed. Also the channels of that record no longer on the description, whose counts were left out.
    public func newDraft(by principal: Principal, service argument: String, year: Int,
                         from sourceYear: Int) throws(StoreError) -> (record: StatisticsRecord, dropped: [Channel]) {
        try lookUp(principal) { db in
            var draft = try newDraft(db, try currentUser(db, principal), service: argument, year: year)
            let source = try fetchRecord(db, service: draft.service, year: sourceYear, offeringAdd: false)
            let dropped = try draft.start(from: source)
            return (draft, dropped)
        }
    }

    private func newDraft(_ db: any CatalogueTransaction, _ user: User, service argument: String, year: Int) throws -> StatisticsRecord {
        let service = try resolveService(db, user, argument, scope: .ownInstitution)
        guard service.isPublished else { throw StoreError.notPublished(service.code) }
        guard !service.channels.isEmpty else { throw StoreError.noChannels(service.code) }
        switch try db.recordStatus(service: service.id, year: year) {
        case .submitted: throw StoreError.submittedRecordExists(code: service.code, year: year)
        case .draft: throw StoreError.recordExists(code: service.code, year: year)
        case nil: return StatisticsRecord.newDraft(of: service, year: year)
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
            var checked = record
            checked.service = service
            let old = record.id == nil ? nil : try? fetchRecord(db, service: service, year: record.year)
            return try persist(db, user, checked, replacing: old)
        }
    }

    /// Writes a draft and its audit entry: inserts a new one, or updates the revision it was read at (`old`
    /// is what is stored, for the audit's old → new). Returns it as stored, without reading it back: the
    /// query of the record and the one of its counts took 14 % of a replay's instructions (callgrind);
    /// RecordSaveTests compares with a read.
    func persist(_ db: any CatalogueTransaction, _ user: User, _ record: StatisticsRecord,
                 replacing old: StatisticsRecord?) throws -> StatisticsRecord {
        var saved = record
        if record.id != nil {
            saved.updated = try update(db, user, record)
            saved.revision = record.revision + 1
        } else {
            let inserted = try db.insertRecord(record, by: user)
            saved.id = inserted.id
            saved.updated = inserted.updated
            saved.revision = 1
        }
        try db.appendAudit(Self.saveAudit(by: user, old, record))
        return saved
    }

    /// Updates a draft stored at the revision it was read at; when it now stands: the time of the update.
    func update(_ db: any CatalogueTransaction, _ user: User, _ record: StatisticsRecord) throws -> Timestamp {
        guard let updated = try db.updateRecord(record, by: user) else { throw try staleSaveError(db, record) }
        return updated
    }

    /// The audit entry of a save: created or saved, with what changed from `old`.
    static func saveAudit(by user: User, _ old: StatisticsRecord?, _ new: StatisticsRecord) -> AuditRecord {
        AuditRecord(by: user, institution: user.institution.id, service: new.service.code, year: new.year,
                    action: old == nil ? .createRecord : .saveRecord, detail: .recordChanges(from: old, to: new))
    }

    /// Submits the year's saved record of a service when `check` finds no error in it; from then on it is read-only.
    public func submit(by principal: Principal, service argument: String, year: Int) throws(StoreError) -> StatisticsRecord {
        try write(principal) { db in
            let user = try currentUser(db, principal)
            let service = try resolveService(db, user, argument, scope: .ownInstitution)
            let record = try fetchRecord(db, service: service, year: year, forUpdate: true)
            if record.status == .submitted { throw StoreError.submittedReadOnly(code: service.code, year: year) }
            let errors = Self.submitErrors(record)
            guard errors.isEmpty else { throw StoreError.notReadyToSubmit(code: service.code, errors) }
            _ = try submitChecked(db, user, record)
            return try fetchRecord(db, service: service, year: year)
        }
    }

    /// The service's record of the year. Its absence is told with how to add it, unless `offeringAdd` is false:
    /// to an administrator looking at another institution, or where the year is not the one `add` would make.
    func fetchRecord(_ db: any CatalogueTransaction, service: Service, year: Int, offeringAdd: Bool = true,
                     forUpdate: Bool = false) throws -> StatisticsRecord {
        guard let record = try db.records(RecordFilter(service: service.id, year: year, forUpdate: forUpdate)).first else {
            if !offeringAdd { throw StoreError.noRecordOfYear(code: service.code, year: year) }
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
