import Foundation
import GRDB
import PKCore

/// Service descriptions: institution staff manage their own institution's, administrators any.
extension Store {
    /// Services the principal may see in the catalogue, optionally those whose code or name contains `text`.
    public func services(by principal: Principal, matching text: String? = nil) throws(StoreError) -> [Service] {
        try read { db in
            let user = try currentUser(db, principal)
            let all = try db.fetchAll(cached: Service.select + catalogueScope(user) + " ORDER BY service.code",
                                      arguments: catalogueArguments(user)) { Service(row: $0) }
            guard let text, !text.isEmpty else { return all }
            return all.filter { TextFolding.contains($0.code, text) || TextFolding.contains($0.name, text) }
        }
    }

    /// One service description, by code or a unique part of its name.
    public func service(by principal: Principal, _ argument: String) throws(StoreError) -> Service {
        try read { db in try resolveService(db, try currentUser(db, principal), argument, scope: .catalogue) }
    }

    /// A new, unpublished description in the principal's institution (administrators: any institution).
    public func addService(by principal: Principal, code: String, name: String,
                           institutionCode: String? = nil) throws(StoreError) -> Service {
        guard ServiceNaming.isValidCode(code) else { throw .invalidServiceCode(code) }
        guard ServiceNaming.isValidName(name) else { throw .invalidName(name) }
        return try write { db in
            let user = try currentUser(db, principal)
            var institutionID = user.institution.id
            if let institutionCode, institutionCode.caseInsensitiveCompare(user.institution.code) != .orderedSame {
                guard user.isAdministrator else { throw StoreError.administratorsOnly }
                guard let id = try Int64.fetchOne(cached: db, sql: "SELECT id FROM institution WHERE code = ?",
                                                  arguments: [institutionCode]) else {
                    throw StoreError.unknownInstitution(institutionCode)
                }
                institutionID = id
            }
            guard try !Bool.fetchOne(cached: db, sql: "SELECT EXISTS (SELECT 1 FROM service WHERE code = ?)",
                                     arguments: [code])! else { throw StoreError.duplicateServiceCode(code) }
            try db.execute(cached: "INSERT INTO service (code, name, institution_id) VALUES (?, ?, ?)",
                           arguments: [code, name, institutionID])
            let service = try fetchService(db, id: db.lastInsertedRowID)
            try audit(db, by: user, institution: institutionID, service: code, action: "add service",
                      detail: "\(code) “\(name)” (\(service.institution.code))")
            return service
        }
    }

    /// Replaces the channels on a description.
    public func setChannels(by principal: Principal, service argument: String,
                            to channels: [Channel]) throws(StoreError) -> Service {
        try write { db in
            let user = try currentUser(db, principal)
            let service = try resolveService(db, user, argument, scope: .catalogue)
            try db.execute(cached: "DELETE FROM service_channel WHERE service_id = ?", arguments: [service.id])
            for channel in Set(channels) {
                try db.execute(cached: "INSERT INTO service_channel (service_id, channel) VALUES (?, ?)",
                               arguments: [service.id, channel.key])
            }
            let changed = try fetchService(db, id: service.id)
            let list = { (service: Service) in service.channels.isEmpty ? "none" : service.channels.map(\.key).joined(separator: ", ") }
            try audit(db, by: user, institution: service.institution.id, service: service.code, action: "set channels",
                      detail: "\(list(service)) → \(list(changed))")
            return changed
        }
    }

    /// Publishes a description so that it takes statistics; it needs at least one channel.
    public func publish(by principal: Principal, service argument: String) throws(StoreError) -> Service {
        try write { db in
            let user = try currentUser(db, principal)
            let service = try resolveService(db, user, argument, scope: .catalogue)
            guard !service.channels.isEmpty else { throw StoreError.noChannels(service.code) }
            guard !service.isPublished else { return service }
            try db.execute(cached: "UPDATE service SET published_at = ? WHERE id = ?",
                           arguments: [clock.now().description, service.id])
            try audit(db, by: user, institution: service.institution.id, service: service.code,
                      action: "publish service", detail: "unpublished → published")
            return try fetchService(db, id: service.id)
        }
    }

    /// Which services an argument may name: the catalogue (administrators: all) or the own institution only.
    enum ServiceScope { case catalogue, ownInstitution }

    /// Finds a service by exact code, else by a unique part of its name, within the scope.
    func resolveService(_ db: Database, _ user: User, _ argument: String, scope: ServiceScope) throws -> Service {
        guard !Self.isBlank(argument) else { throw StoreError.unknownService(argument) }
        let sql = scope == .catalogue ? catalogueScope(user) : " WHERE service.institution_id = ?"
        let arguments: StatementArguments = scope == .catalogue ? catalogueArguments(user) : [user.institution.id]
        if let exact = try db.fetchOne(cached: Service.select + sql + " AND service.code = ?",
                                       arguments: arguments + [argument], { Service(row: $0) }) {
            return exact
        }
        let candidates = try db.fetchAll(cached: Service.select + sql + " ORDER BY service.code", arguments: arguments) {
            Service(row: $0)
        }
            .filter { TextFolding.contains($0.name, argument) }
        switch candidates.count {
        case 1: return candidates[0]
        case 0: throw StoreError.unknownService(argument)
        default: throw StoreError.ambiguousService(argument, candidates.map { "\($0.code) \($0.name)" })
        }
    }

    /// Whether `text` has nothing but Foundation's `CharacterSet.whitespaces`; an argument starting with an
    /// ASCII character other than space and tab (every code) is settled without Foundation's trimmed copy
    /// (8,000 instructions a lookup, callgrind).
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first < 0x80, first != UInt8(ascii: " "), first != UInt8(ascii: "\t") { return false }
        return text.trimmingCharacters(in: .whitespaces).isEmpty
    }

    func fetchService(_ db: Database, id: Int64) throws -> Service {
        try db.fetchOne(cached: Service.select + " WHERE service.id = ?", arguments: [id]) { Service(row: $0) }!
    }

    private func catalogueScope(_ user: User) -> String {
        user.isAdministrator ? " WHERE 1" : " WHERE service.institution_id = ?"
    }

    private func catalogueArguments(_ user: User) -> StatementArguments {
        user.isAdministrator ? [] : [user.institution.id]
    }
}
