import PKCore

/// Imports of the year's figures from a table: every row checked first, then all of them in one
/// transaction, each record audited as a typed save is. New drafts and audit entries are written in one go
/// each (`insertRecords`, `appendAudits`): one by one, they were two thirds of an import's time.
extension Store {
    /// Creates or updates the institution's drafts as `changes` say; nothing at all when any row has a
    /// problem (an unknown or unpublished service, a channel not on the description, a change to a
    /// submitted record), which are then returned, every one. `keep: false` checks and counts only.
    public func importRecords(by principal: Principal, _ changes: [RecordChange],
                              keep: Bool) throws(StoreError) -> ImportOutcome<ImportSummary> {
        try runImport(principal, keep: keep, plan: { db, user in try planImport(db, user, changes, locking: keep) }) { db, user, plan in
            try db.insertRecords(plan.creations, by: user)
            for (_, new) in plan.updates { _ = try update(db, user, new) }
            try db.appendAudits(plan.creations.map { Self.saveAudit(by: user, nil, $0) }
                                + plan.updates.map { Self.saveAudit(by: user, $0.old, $0.new) })
        }
    }

    /// Plans an import in a read (`keep: false`) or in a write that applies the plan when it has no problems.
    func runImport<Plan: ImportPlan>(_ principal: Principal, keep: Bool, plan: (any CatalogueTransaction, User) throws -> Plan,
                                     apply: (any CatalogueTransaction, User, Plan) throws -> Void) throws(StoreError) -> ImportOutcome<ImportSummary> {
        guard keep else { return try read(principal) { db in try plan(db, try currentUser(db, principal)).outcome } }
        return try write(principal) { db in
            let user = try currentUser(db, principal)
            let planned = try plan(db, user)
            if planned.problems.isEmpty { try apply(db, user, planned) }
            return planned.outcome
        }
    }

    /// What a record import would write, or why it cannot: new drafts, and drafts changed from what is stored.
    private struct RecordImportPlan: ImportPlan {
        var creations: [StatisticsRecord] = []
        var updates: [(old: StatisticsRecord, new: StatisticsRecord)] = []
        var problems: [ImportProblem] = []
        var summary = ImportSummary()
    }

    /// Each change against the institution's services and the stored records of its year, read once (and, when
    /// `locking`, held until the import is written: see `RecordFilter.forUpdate`).
    private func planImport(_ db: any CatalogueTransaction, _ user: User, _ changes: [RecordChange],
                            locking: Bool) throws -> RecordImportPlan {
        let services = Dictionary(try db.services(institution: user.institution.id).map { (TextFolding.fold($0.code), $0) },
                                  uniquingKeysWith: { first, _ in first })
        var stored: [Int64: StatisticsRecord] = [:]  // by service, for the years the changes name
        var storedYears: Set<Int> = []
        var plan = RecordImportPlan()
        plan.creations.reserveCapacity(changes.count)  // growing it copied its large elements again and again
        for change in changes {
            func refuse(_ key: ImportText, _ arguments: [String: any TextArgument]) {
                plan.problems += change.rows.map { ImportProblem(row: $0, column: "Kods", Message(key, arguments)) }
            }
            guard let service = services[TextFolding.fold(change.code)] else {
                refuse(.importUnknownService, ["code": change.code])
                continue
            }
            if storedYears.insert(change.year).inserted {
                for record in try db.records(RecordFilter(institution: user.institution.id, year: change.year, forUpdate: locking)) {
                    stored[Self.key(record.service.id, record.year)] = record
                }
            }
            let old = stored[Self.key(service.id, change.year)]
            if let old, old.status == .submitted {
                if change.alters(old) { refuse(.importSubmitted, ["code": service.code, "year": change.year]) }
                else { plan.summary.unchanged += 1 }
                continue
            }
            guard old != nil || service.isPublished else {
                refuse(.importNotPublished, ["code": service.code])
                continue
            }
            let (new, problems) = change.applied(to: old ?? StatisticsRecord.newDraft(of: service, year: change.year))
            plan.problems += problems
            if let old {
                guard new != old else {
                    plan.summary.unchanged += 1
                    continue
                }
                plan.summary.updated += 1
                plan.updates.append((old, new))
            } else {
                plan.summary.created += 1
                plan.creations.append(new)
            }
        }
        return plan
    }

    /// One key for a service's record of a year (years stay below 10,000).
    private static func key(_ service: Int64, _ year: Int) -> Int64 { service * 10_000 + Int64(year) }
}

/// What an import's checks found: the problems of its rows, or what it would do.
protocol ImportPlan {
    var problems: [ImportProblem] { get }
    var summary: ImportSummary { get }
}

extension ImportPlan {
    var outcome: ImportOutcome<ImportSummary> {
        problems.isEmpty ? .imported(summary) : .refused(problems.sorted { $0.row < $1.row })
    }
}
