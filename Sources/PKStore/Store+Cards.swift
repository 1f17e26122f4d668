import PKCore

/// The rest of a service card: name, short description, publication, each channel's contact and working
/// hours, and deletion. Staff change their own institution's cards, administrators any; every change is
/// audited old → new.
extension Store {
    /// The description with each of its channels' contact and working hours.
    public func card(by principal: Principal, service argument: String) throws(StoreError) -> (Service, [ChannelCard]) {
        try read(principal) { db in
            let service = try resolveService(db, try currentUser(db, principal), argument, scope: .catalogue)
            return (service, try db.channelCards(of: service))
        }
    }

    /// Withdraws a published description: its records stay, no new ones can be added. `changed` is false when
    /// it was not published.
    public func unpublish(by principal: Principal, service argument: String) throws(StoreError) -> (service: Service, changed: Bool) {
        var changed = false
        let service = try changeService(by: principal, argument, action: .unpublishService) { db, service in
            guard service.isPublished else { return nil }
            try db.unpublish(service)
            changed = true
            return AuditDetail([.init(.published, from: .published, to: .unpublished)])
        }
        return (service, changed)
    }

    /// Corrects the name.
    public func renameService(by principal: Principal, service argument: String, to name: String) throws(StoreError) -> Service {
        guard ServiceNaming.isValidName(name) else { throw .invalidName(name) }
        return try changeService(by: principal, argument, action: .renameService) { db, service in
            guard service.name != name else { return nil }
            try db.renameService(service, to: name)
            return AuditDetail(.name, old: service.name, new: name)
        }
    }

    /// Sets the short description; an empty text clears it. What `service describe` and an import of
    /// descriptions both call.
    public func describeService(by principal: Principal, service argument: String, as text: String) throws(StoreError) -> Service {
        let new = try Self.cardText(text)
        return try changeService(by: principal, argument, action: .describeService) { db, service in
            try describe(db, service, as: new)
        }
    }

    /// Sets the short description inside a write; returns what changed for the audit, nil when nothing did.
    func describe(_ db: any CatalogueTransaction, _ service: Service, as new: String?) throws -> AuditDetail? {
        guard service.description != new else { return nil }
        try db.describeService(service, as: new)
        return AuditDetail(.description, old: Self.orNone(service.description), new: Self.orNone(new))
    }

    /// Sets where a channel of the description is reached; an empty text clears it.
    public func setContact(by principal: Principal, service argument: String, channel: Channel,
                           to text: String) throws(StoreError) -> ChannelCard {
        let new = try Self.cardText(text)
        return try changeChannel(by: principal, argument, channel, action: .setChannelContact) { db, service, card in
            guard card.contact != new else { return nil }
            try db.setContact(new, of: channel, service: service)
            return AuditDetail(.contact, subject: channel.key, old: Self.orNone(card.contact), new: Self.orNone(new))
        }
    }

    /// Replaces a channel's working hours (parsed and checked by the caller's `WorkingHours`).
    public func setHours(by principal: Principal, service argument: String, channel: Channel,
                         to hours: WorkingHours) throws(StoreError) -> ChannelCard {
        try changeChannel(by: principal, argument, channel, action: .setWorkingHours) { db, service, card in
            guard card.hours != hours else { return nil }
            try db.setHours(hours, of: channel, service: service)
            let text = { (hours: WorkingHours) in Self.orNone(hours.isEmpty ? nil : hours.typedForm) }
            return AuditDetail(.hours, subject: channel.key, old: text(card.hours), new: text(hours))
        }
    }

    /// The years of a description's drafts, which its deletion takes with it; refused when it has
    /// submitted statistics, naming their years.
    public func draftsDeletedWith(by principal: Principal, service argument: String) throws(StoreError) -> (Service, [Int]) {
        try read(principal) { db in
            let service = try resolveService(db, try currentUser(db, principal), argument, scope: .catalogue)
            return (service, try Self.draftYears(db, service))
        }
    }

    /// Deletes a description and its drafts; returns the years of the drafts deleted.
    public func deleteService(by principal: Principal, service argument: String) throws(StoreError) -> (Service, [Int]) {
        try write(principal) { db in
            let user = try currentUser(db, principal)
            let service = try resolveService(db, user, argument, scope: .catalogue)
            let drafts = try Self.draftYears(db, service)
            try db.deleteService(service)
            let years = drafts.isEmpty ? AuditTerm.none.rawValue : drafts.map(String.init).joined(separator: ", ")
            try db.appendAudit(AuditRecord(by: user, institution: service.institution.id, service: service.code,
                                           action: .deleteService,
                                           detail: AuditDetail([.init(.name, old: service.name, new: AuditTerm.deleted.rawValue),
                                                                .init(.drafts, new: years)])))
            return (service, drafts)
        }
    }

    /// The years of the service's drafts, refused when any record is submitted.
    private static func draftYears(_ db: any CatalogueTransaction, _ service: Service) throws -> [Int] {
        let records = try db.records(RecordFilter(service: service.id))
        let submitted = records.filter { $0.status == .submitted }.map(\.year)
        guard submitted.isEmpty else { throw RuleError.serviceHasSubmittedStatistics(code: service.code, years: submitted) }
        return records.map(\.year)
    }

    /// Resolves a service, applies a change that returns its old → new detail (nil: nothing to change),
    /// audits it, and returns the service as stored.
    private func changeService(by principal: Principal, _ argument: String, action: AuditAction,
                               _ change: (any CatalogueTransaction, Service) throws -> AuditDetail?) throws(StoreError) -> Service {
        try write(principal) { db in
            let user = try currentUser(db, principal)
            let service = try resolveService(db, user, argument, scope: .catalogue)
            guard let detail = try change(db, service) else { return service }
            try db.appendAudit(AuditRecord(by: user, institution: service.institution.id, service: service.code,
                                           action: action, detail: detail))
            return try reloaded(db, service)
        }
    }

    /// `changeService` for one channel, which must be on the description; returns the channel's card as stored.
    private func changeChannel(by principal: Principal, _ argument: String, _ channel: Channel, action: AuditAction,
                               _ change: (any CatalogueTransaction, Service, ChannelCard) throws -> AuditDetail?) throws(StoreError) -> ChannelCard {
        let service = try changeService(by: principal, argument, action: action) { db, service in
            guard let card = try db.channelCards(of: service).first(where: { $0.channel == channel }) else {
                throw RecordError.channelNotOnDescription(channel, service: service)
            }
            return try change(db, service, card)
        }
        return try card(by: principal, service: service.code).1.first { $0.channel == channel } ?? ChannelCard(channel: channel)
    }

    /// A card text as stored: nil for an empty one, refused when it is not a valid text.
    static func cardText(_ text: String) throws(StoreError) -> String? {
        guard !text.isEmpty else { return nil }
        guard ServiceNaming.isValidText(text) else { throw .rule(.invalidText(text)) }
        return text
    }

    /// A card text in audit details: the text, or the term `none`.
    static func orNone(_ text: String?) -> String { text ?? AuditTerm.none.rawValue }
}
