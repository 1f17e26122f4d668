import PKCore

/// Service descriptions in bulk: every row checked first, then all of them in one transaction, each
/// audited as the typed `service add` and `service channels` are.
extension Store {
    /// Creates the descriptions `lines` name (unpublished, as `service add` does), or brings the channels of
    /// existing ones of the same institution to theirs; nothing at all when any row has a problem (another
    /// institution's code, a stored description of another name, an institution the user may not add to),
    /// which are then returned, every one. `keep: false` checks and counts only.
    public func importServices(by principal: Principal, _ lines: [ServiceLine],
                               keep: Bool) throws(StoreError) -> ImportOutcome<ImportSummary> {
        try runImport(principal, keep: keep, plan: { db, user in try planServices(db, user, lines) }) { db, user, plan in
            for (line, institution, stored) in plan.writes {
                let service = try stored ?? insertService(db, user, code: line.code, name: line.name, institution: institution)
                if service.channels != line.channels { _ = try replaceChannels(db, user, of: service, with: line.channels) }
                if let text = line.description, let detail = try describe(db, service, as: text.isEmpty ? nil : text) {
                    try db.appendAudit(AuditRecord(by: user, institution: service.institution.id, service: service.code,
                                                   action: .describeService, detail: detail))
                }
            }
        }
    }

    private struct ServicePlan: ImportPlan {
        var writes: [(line: ServiceLine, institution: Int64, stored: Service?)] = []
        var problems: [ImportProblem] = []
        var summary = ImportSummary()
    }

    private func planServices(_ db: any CatalogueTransaction, _ user: User, _ lines: [ServiceLine]) throws -> ServicePlan {
        var plan = ServicePlan()
        var institutions: [String: Institution] = [TextFolding.fold(user.institution.code): user.institution]
        for line in lines {
            func refuse(_ column: String, _ reason: Message) { plan.problems.append(ImportProblem(row: line.row, column: column, reason)) }
            var institution = user.institution
            if let code = line.institution, TextFolding.fold(code) != TextFolding.fold(user.institution.code) {
                guard user.isAdministrator else {
                    refuse("Iestāde", StoreError.administratorsOnly.message)
                    continue
                }
                guard let found = try institutions[TextFolding.fold(code)] ?? db.institution(code: code) else {
                    refuse("Iestāde", StoreError.unknownInstitution(code).message)
                    continue
                }
                institutions[TextFolding.fold(code)] = found
                institution = found
            }
            let stored = try db.service(code: line.code, institution: nil)
            if let stored {
                guard stored.institution.id == institution.id else {
                    // An administrator sees every institution's services: the holder is named.
                    refuse("Kods", user.isAdministrator ? Message(ImportText.importServiceOfInstitution, [
                        "code": stored.code, "institution": stored.institution.code]) : StoreError.duplicateServiceCode(stored.code).message)
                    continue
                }
                guard stored.name == line.name else {
                    refuse("Pakalpojums", Message(ImportText.importServiceNamed, ["code": stored.code, "name": stored.name]))
                    continue
                }
                if stored.channels == line.channels && line.description.map({ ($0.isEmpty ? nil : $0) == stored.description }) ?? true {
                    plan.summary.unchanged += 1
                    continue
                }
                plan.summary.updated += 1
            } else {
                plan.summary.created += 1
            }
            plan.writes.append((line, institution.id, stored))
        }
        return plan
    }
}
