import PKCore

/// The audit trail: written in the same transaction as each change; append-only (the database refuses
/// updates and deletes).
extension Store {
    /// What changed, for the principal's institution (administrators: every institution), oldest first.
    public func auditTrail(by principal: Principal, service argument: String? = nil) throws(StoreError) -> [AuditEntry] {
        try read(principal) { db in
            let user = try currentUser(db, principal)
            let code = try argument.map { try resolveService(db, user, $0, scope: .catalogue).code }
            return try db.auditTrail(institution: user.isAdministrator ? nil : user.institution.id, serviceCode: code)
        }
    }
}

extension AuditDetail {
    /// The fields that differ between two versions of a record; every field when there is no old one.
    static func recordChanges(from old: StatisticsRecord?, to new: StatisticsRecord) -> AuditDetail {
        var changes: [Change] = []
        func compare(_ field: AuditField, _ subject: String? = nil, _ before: String??, _ after: String?) {
            guard let before else { return changes.append(Change(field, subject: subject, new: after)) }
            if before != after { changes.append(Change(field, subject: subject, old: before, new: after)) }
        }
        for channel in Set(new.counts.keys).union(old.map { Array($0.counts.keys) } ?? []).sorted() {
            compare(.counts, channel.key, old.map { counts($0.counts[channel]) }, counts(new.counts[channel]))
        }
        compare(.complaints, nil, old.map { String($0.complaints) }, String(new.complaints))
        compare(.delays, nil, old.map { String($0.delays) }, String(new.delays))
        compare(.indicators, nil, old.map(indicators), indicators(new))
        return AuditDetail(changes)
    }

    private static func counts(_ counts: ChannelCounts?) -> String? {
        counts.map { "\($0.started)/\($0.completed)" }
    }

    private static func indicators(_ record: StatisticsRecord) -> String {
        guard let computed = record.indicators else { return AuditTerm.notComputed.rawValue }
        if record.indicatorsStale { return AuditTerm.outOfDate.rawValue }
        return [computed.success, computed.usage].map { $0.percent?.description ?? "-" }.joined(separator: "/")
    }
}
