import PKCore

/// The audit trail: written in the same transaction as each change; append-only (the database refuses
/// updates and deletes).
extension Store {
    /// What changed, newest first, for the principal's institution (administrators: every institution, or the
    /// one `query.institution` names). An administrator naming an unknown login is told so; others, who cannot
    /// see other users' accounts on a server, simply find no entries by it.
    public func auditTrail(by principal: Principal, _ query: AuditQuery = AuditQuery()) throws(StoreError) -> AuditPage {
        try read(principal) { db in
            let user = try currentUser(db, principal)
            if query.institution != nil && !user.isAdministrator { throw StoreError.administratorsOnly }
            var filter = AuditFilter(login: query.login, since: query.since, limit: query.limit.map { $0 + 1 })
            filter.institutionID = try query.institution.map { try requireInstitution(db, code: $0).id }
                ?? (user.isAdministrator ? nil : user.institution.id)
            if let login = query.login, user.isAdministrator, try db.user(login: login) == nil { throw StoreError.unknownUser(login) }
            var unknownService: StoreError?
            if let argument = query.service {
                do {
                    filter.serviceCode = try resolveService(db, user, argument, scope: .catalogue).code
                } catch let error as StoreError where error.namesNoService {
                    // A deleted service's history stays in the trail under its code.
                    filter.serviceCode = argument.uppercased()
                    unknownService = error
                }
            }
            let entries = try db.auditTrail(filter)
            if entries.isEmpty, let unknownService { throw unknownService }
            guard let limit = query.limit, entries.count > limit else { return AuditPage(entries: entries, hasMore: false) }
            return AuditPage(entries: Array(entries.prefix(limit)), hasMore: true)
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
