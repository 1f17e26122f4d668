import GRDB
import PKCore

/// The yearly statistics workflow, always within the principal's own institution.
extension Store {
    /// The year's records of the institution, optionally those whose code or name contains `text`.
    public func records(by principal: Principal, year: Int, matching text: String? = nil) throws(StoreError) -> [StatisticsRecord] {
        try read { db in
            let user = try currentUser(db, principal)
            let all = try StatisticsRecord.fetchAll(db, where: "service.institution_id = ? AND record.year = ?",
                                                    arguments: [user.institution.id, year])
            guard let text, !text.isEmpty else { return all }
            return all.filter { TextFolding.contains($0.service.code, text) || TextFolding.contains($0.service.name, text) }
        }
    }

    /// One service's record of the year, whatever its status.
    public func record(by principal: Principal, service argument: String, year: Int) throws(StoreError) -> StatisticsRecord {
        try read { db in
            let service = try resolveService(db, try currentUser(db, principal), argument, scope: .ownInstitution)
            return try fetchRecord(db, service: service, year: year)
        }
    }

    /// Published services of the institution that have no record for the year.
    public func servicesMissingRecords(by principal: Principal, year: Int) throws(StoreError) -> [Service] {
        try read { db in
            let user = try currentUser(db, principal)
            return try db.fetchAll(cached: Service.select + """
                 WHERE service.institution_id = ? AND service.published_at IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM record WHERE record.service_id = service.id AND record.year = ?)
                 ORDER BY service.code
                """, arguments: [user.institution.id, year]) { Service(row: $0) }
        }
    }

    /// A new, unsaved draft for a published service of the institution that has no record for the year yet.
    /// Its checks are made again when it is saved.
    public func newDraft(by principal: Principal, service argument: String, year: Int) throws(StoreError) -> StatisticsRecord {
        try lookUp { db in
            let service = try resolveService(db, try currentUser(db, principal), argument, scope: .ownInstitution)
            guard service.isPublished else { throw StoreError.notPublished(service.code) }
            guard !service.channels.isEmpty else { throw StoreError.noChannels(service.code) }
            switch try String.fetchOne(cached: db, sql: "SELECT status FROM record WHERE service_id = ? AND year = ?",
                                       arguments: [service.id, year]) {
            case RecordStatus.submitted.rawValue: throw StoreError.submittedRecordExists(code: service.code, year: year)
            case .some: throw StoreError.recordExists(code: service.code, year: year)
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
        try write { db in
            let user = try currentUser(db, principal)
            let service = try resolveService(db, user, record.service.code, scope: .ownInstitution)
            guard service.id == record.service.id else { throw StoreError.unknownService(record.service.code) }
            let now = clock.now()
            let id: Int64
            let old = try record.id.flatMap { _ in try? fetchRecord(db, service: service, year: record.year) }
            if let existing = record.id {
                try db.execute(cached: """
                    UPDATE record SET status = ?, complaints = ?, delays = ?, indicators_computed = ?,
                        indicators_stale = ?, success = ?, usage = ?, e_started = ?, e_completed = ?, all_started = ?,
                        updated_at = ?, updated_by = ?, revision = revision + 1
                    WHERE id = ? AND service_id = ? AND revision = ? AND status = 'draft'
                    """, arguments: record.rowArguments + [now.description, user.id, existing, service.id, record.revision])
                guard db.changesCount == 1 else { throw try staleSaveError(db, record) }
                id = existing
                try db.execute(cached: "DELETE FROM record_channel WHERE record_id = ?", arguments: [id])
            } else {
                guard try !Bool.fetchOne(cached: db, sql: "SELECT EXISTS (SELECT 1 FROM record WHERE service_id = ? AND year = ?)",
                                         arguments: [service.id, record.year])! else {
                    throw StoreError.recordExists(code: service.code, year: record.year)
                }
                try db.execute(cached: """
                    INSERT INTO record (status, complaints, delays, indicators_computed, indicators_stale, success,
                        usage, e_started, e_completed, all_started, updated_at, updated_by, service_id, year, revision)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                    """, arguments: record.rowArguments + [now.description, user.id, service.id, record.year])
                id = db.lastInsertedRowID
            }
            for (channel, counts) in record.counts {
                try db.execute(cached: "INSERT INTO record_channel (record_id, channel, started, completed) VALUES (?, ?, ?, ?)",
                               arguments: [id, channel.key, counts.started, counts.completed])
            }
            try audit(db, by: user, institution: user.institution.id, service: service.code, year: record.year,
                      action: old == nil ? "create record" : "save record", detail: AuditDetail.changes(from: old, to: record))
            // What was just written, without reading it back: the query of the record and the one of its
            // counts took 14 % of a replay's instructions (callgrind); RecordSaveTests compares with a read.
            var saved = record
            saved.id = id
            saved.service = service
            saved.updated = now
            saved.revision = record.id == nil ? 1 : record.revision + 1
            return saved
        }
    }

    /// Submits the year's saved record of a service; from then on it is read-only.
    public func submit(by principal: Principal, service argument: String, year: Int) throws(StoreError) -> StatisticsRecord {
        try write { db in
            let user = try currentUser(db, principal)
            let service = try resolveService(db, user, argument, scope: .ownInstitution)
            let record = try fetchRecord(db, service: service, year: year)
            if record.status == .submitted { throw StoreError.submittedReadOnly(code: service.code, year: year) }
            if let blocker = record.submitBlocker { throw blocker }
            try db.execute(cached: """
                UPDATE record SET status = 'submitted', submitted_at = ?, updated_at = ?, updated_by = ?,
                    revision = revision + 1 WHERE id = ?
                """, arguments: [clock.now().description, clock.now().description, user.id, record.id])
            try audit(db, by: user, institution: user.institution.id, service: service.code, year: year,
                      action: "submit record", detail: "draft → submitted")
            return try fetchRecord(db, service: service, year: year)
        }
    }

    private func fetchRecord(_ db: Database, service: Service, year: Int) throws -> StatisticsRecord {
        guard let record = try StatisticsRecord.fetchAll(db, where: "record.service_id = ? AND record.year = ?",
                                                         arguments: [service.id, year]).first else {
            throw StoreError.noRecord(code: service.code, year: year)
        }
        return record
    }

    /// Why an update matched no row: the record was submitted, deleted or saved by someone else meanwhile.
    private func staleSaveError(_ db: Database, _ record: StatisticsRecord) throws -> StoreError {
        let status = try String.fetchOne(cached: db, sql: "SELECT status FROM record WHERE id = ?", arguments: [record.id])
        return status == "submitted"
            ? .submittedReadOnly(code: record.service.code, year: record.year)
            : .changedElsewhere(code: record.service.code, year: record.year)
    }
}
