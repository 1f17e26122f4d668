import GRDB
import PKCore

/// The audit trail: written in the same transaction as each change; append-only (SQLite triggers refuse
/// updates and deletes).
extension Store {
    /// What changed, for the principal's institution (administrators: every institution), newest last.
    public func auditTrail(by principal: Principal, service argument: String? = nil) throws(StoreError) -> [AuditEntry] {
        try read { db in
            let user = try currentUser(db, principal)
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if !user.isAdministrator {
                conditions.append("audit.institution_id = ?")
                arguments += [user.institution.id]
            }
            if let argument {
                let service = try resolveService(db, user, argument, scope: .catalogue)
                conditions.append("audit.service_code = ?")
                arguments += [service.code]
            }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            return try db.fetchAll(cached: """
                SELECT audit.at, user.login, institution.code, audit.service_code, audit.year, audit.action, audit.detail
                FROM audit JOIN user ON user.id = audit.user_id
                LEFT JOIN institution ON institution.id = audit.institution_id
                \(filter) ORDER BY audit.id
                """, arguments: arguments) { row in
                AuditEntry(at: Timestamp(iso: row[0])!, login: row[1], institutionCode: row[2],
                           serviceCode: row[3], year: row[4], action: row[5], detail: row[6])
            }
        }
    }

    /// Appends one entry; called inside the transaction that makes the change.
    func audit(_ db: Database, by user: User, institution: Int64?, service: String? = nil, year: Int? = nil,
               action: String, detail: String) throws {
        try db.execute(cached: """
            INSERT INTO audit (at, user_id, institution_id, service_code, year, action, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [clock.now().description, user.id, institution, service, year, action, detail])
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
