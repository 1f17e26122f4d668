import Foundation
import PKCore

/// Service descriptions: institution staff manage their own institution's, administrators any.
extension Store {
    /// Services the principal may see in the catalogue, optionally those whose code or name contains `text`.
    public func services(by principal: Principal, matching text: String? = nil) throws(StoreError) -> [Service] {
        try read(principal) { db in
            let all = try db.services(institution: catalogueScope(try currentUser(db, principal)))
            guard let text, !text.isEmpty else { return all }
            return all.filter { TextFolding.contains($0.code, text) || TextFolding.contains($0.name, text) }
        }
    }

    /// Codes and names of the services the principal may see in the catalogue, in no order: what TAB completes.
    public func serviceNames(by principal: Principal) throws(StoreError) -> [ServiceName] {
        try read(principal) { db in try db.serviceNames(institution: catalogueScope(try currentUser(db, principal))) }
    }

    /// One service description, by code or a unique part of its name.
    public func service(by principal: Principal, _ argument: String) throws(StoreError) -> Service {
        try read(principal) { db in try resolveService(db, try currentUser(db, principal), argument, scope: .catalogue) }
    }

    /// A new, unpublished description in the principal's institution (administrators: any institution).
    public func addService(by principal: Principal, code: String, name: String,
                           institutionCode: String? = nil) throws(StoreError) -> Service {
        guard ServiceNaming.isValidCode(code) else { throw .invalidServiceCode(code) }
        guard ServiceNaming.isValidName(name) else { throw .invalidName(name) }
        return try write(principal) { db in
            let user = try currentUser(db, principal)
            var institutionID = user.institution.id
            if let institutionCode, institutionCode.caseInsensitiveCompare(user.institution.code) != .orderedSame {
                guard user.isAdministrator else { throw StoreError.administratorsOnly }
                institutionID = try requireInstitution(db, code: institutionCode).id
            }
            return try insertService(db, user, code: code, name: name, institution: institutionID)
        }
    }

    /// Inserts a description and audits it.
    func insertService(_ db: any CatalogueTransaction, _ user: User, code: String, name: String,
                       institution: Int64) throws -> Service {
        let service = try db.insertService(code: code, name: name, institution: institution)
        try db.appendAudit(AuditRecord(by: user, institution: institution, service: code, action: .addService,
                                       detail: AuditDetail([.init(.name, new: name), .init(.institution, new: service.institution.code)])))
        return service
    }

    /// Replaces the channels on a description.
    public func setChannels(by principal: Principal, service argument: String,
                            to channels: [Channel]) throws(StoreError) -> Service {
        try write(principal) { db in
            let user = try currentUser(db, principal)
            return try replaceChannels(db, user, of: try resolveService(db, user, argument, scope: .catalogue), with: channels)
        }
    }

    /// Replaces a description's channels and audits the change; returns the description as stored.
    func replaceChannels(_ db: any CatalogueTransaction, _ user: User, of service: Service,
                         with channels: [Channel]) throws -> Service {
        try db.setChannels(Set(channels), of: service)
        let changed = try reloaded(db, service)
        let list = { (service: Service) in
            service.channels.isEmpty ? AuditTerm.none.rawValue : service.channels.map(\.key).joined(separator: " ")
        }
        try db.appendAudit(AuditRecord(by: user, institution: service.institution.id, service: service.code,
                                       action: .setChannels, detail: AuditDetail(.channels, old: list(service), new: list(changed))))
        return changed
    }

    /// Publishes a description so that it takes statistics; it needs at least one channel. `changed` is false
    /// when it was published already.
    public func publish(by principal: Principal, service argument: String) throws(StoreError) -> (service: Service, changed: Bool) {
        try write(principal) { db in
            let user = try currentUser(db, principal)
            let service = try resolveService(db, user, argument, scope: .catalogue)
            guard !service.channels.isEmpty else { throw StoreError.noChannels(service.code) }
            guard !service.isPublished else { return (service, false) }
            try db.publish(service)
            try db.appendAudit(AuditRecord(by: user, institution: service.institution.id, service: service.code,
                                           action: .publishService,
                                           detail: AuditDetail([.init(.published, from: .unpublished, to: .published)])))
            return (try reloaded(db, service), true)
        }
    }

    /// Which services an argument may name: the catalogue (administrators: all), the own institution only,
    /// or one institution (for administrators).
    enum ServiceScope { case catalogue, ownInstitution, institution(Institution) }

    /// Finds a service by exact code, else by a unique part of its name, within the scope.
    func resolveService(_ db: any CatalogueTransaction, _ user: User, _ argument: String, scope: ServiceScope) throws -> Service {
        guard !Self.isBlank(argument) else { throw StoreError.unknownService(argument) }
        let institution = switch scope {
        case .catalogue: catalogueScope(user)
        case .ownInstitution: user.institution.id
        case .institution(let chosen): chosen.id
        }
        if let exact = try db.service(code: argument, institution: institution) { return exact }
        let candidates = try db.services(institution: institution, namePart: argument, limit: Self.ambiguousListed + 1)
        switch candidates.count {
        case 1: return candidates[0]
        case 0: throw unknownService(db, user, argument, scope: scope)
        default:
            let listed = candidates.prefix(Self.ambiguousListed).map { "\($0.code) \($0.name)" }
            throw StoreError.ambiguousService(argument, listed + (candidates.count > Self.ambiguousListed ? ["…"] : []))
        }
    }

    /// The error for an argument that names no service in the scope. An administrator is told where it looked:
    /// in which institution, or in the whole catalogue; when their own institution was searched, whose service the
    /// argument names, if it names one elsewhere.
    private func unknownService(_ db: any CatalogueTransaction, _ user: User, _ argument: String, scope: ServiceScope) -> StoreError {
        guard user.isAdministrator else { return .unknownService(argument) }
        switch scope {
        case .catalogue: return .unknownServiceInCatalogue(argument)
        case .institution(let chosen): return .unknownServiceIn(argument, institution: chosen.code)
        case .ownInstitution:
            guard let elsewhere = try? resolveService(db, user, argument, scope: .catalogue) else { return .unknownService(argument) }
            return .serviceOfAnotherInstitution(code: elsewhere.code, institution: elsewhere.institution.code)
        }
    }

    /// How many of the services a part of a name matches the error lists (`…` stands for the others).
    static let ambiguousListed = 10

    /// Whether `text` has nothing but Foundation's `CharacterSet.whitespaces`; an argument starting with an
    /// ASCII character other than space and tab (every code) is settled without Foundation's trimmed copy
    /// (8,000 instructions a lookup, callgrind).
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first < 0x80, first != UInt8(ascii: " "), first != UInt8(ascii: "\t") { return false }
        return text.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// The service as stored after a change.
    func reloaded(_ db: any CatalogueTransaction, _ service: Service) throws -> Service {
        try db.service(id: service.id) ?? service
    }

    /// The institution whose services a user sees in the catalogue: their own, or every one (nil) for administrators.
    private func catalogueScope(_ user: User) -> Int64? {
        user.isAdministrator ? nil : user.institution.id
    }
}
