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

/// Old → new descriptions of record changes.
enum AuditDetail {
    /// The fields that differ between two versions of a record; every field when there is no old one.
    static func changes(from old: StatisticsRecord?, to new: StatisticsRecord) -> String {
        var parts: [String] = []
        func compare(_ label: String, _ before: String?, _ after: String) {
            guard let before else { return parts.append("\(label) \(after)") }
            if before != after { parts.append("\(label) \(before) → \(after)") }
        }
        for channel in Set(new.counts.keys).union(old.map { Array($0.counts.keys) } ?? []).sorted() {
            let after = new.counts[channel]
            let before = old.map { $0.counts[channel] }
            compare(channel.key, before.map(counts), counts(after))
        }
        compare("complaints", old.map { String($0.complaints) }, String(new.complaints))
        compare("delays", old.map { String($0.delays) }, String(new.delays))
        compare("indicators", old.map(indicators), indicators(new))
        return parts.isEmpty ? "no changes" : parts.joined(separator: "; ")
    }

    private static func counts(_ counts: ChannelCounts?) -> String {
        counts.map { "\($0.started)/\($0.completed)" } ?? "—"
    }

    private static func indicators(_ record: StatisticsRecord) -> String {
        guard let computed = record.indicators else { return "not computed" }
        let values = [computed.success, computed.usage].map { $0.percent?.description ?? "n/c" }.joined(separator: "/")
        return record.indicatorsStale ? values + " (out of date)" : values
    }
}
