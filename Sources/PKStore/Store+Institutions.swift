import PKCore

/// An institution's name and contact person (administrators): the person its users ask about their rights,
/// whom VRAA grants rights to when it changes and closes them for the one before (the seed's "piešķirt" and
/// "slēgt").
extension Store {
    public func renameInstitution(by principal: Principal, code: String, to name: String) throws(StoreError) -> Institution {
        guard ServiceNaming.isValidName(name) else { throw .invalidName(name) }
        return try changeInstitution(by: principal, code: code, action: .renameInstitution) { db, institution in
            guard institution.name != name else { return nil }
            try db.renameInstitution(institution, to: name)
            return AuditDetail(.name, subject: institution.code, old: institution.name, new: name)
        }
    }

    /// Makes `contact` the institution's contact person; returns the institution as changed and the one before.
    public func changeContactPerson(by principal: Principal, code: String,
                                    to contact: InstitutionContact) throws(StoreError) -> (Institution, InstitutionContact?) {
        guard ServiceNaming.isValidName(contact.name) else { throw .invalidName(contact.name) }
        guard InstitutionContact.isValidEmail(contact.email) else { throw .rule(.invalidEmail(contact.email)) }
        var previous: InstitutionContact?
        let institution = try changeInstitution(by: principal, code: code, action: .changeContactPerson) { db, institution in
            previous = institution.contact
            guard institution.contact != contact else { return nil }
            try db.setContact(contact, of: institution)
            return AuditDetail(.contactPerson, subject: institution.code,
                               old: institution.contact?.description ?? AuditTerm.none.rawValue, new: contact.description)
        }
        return (institution, previous)
    }

    /// Loads an institution for an administrator, applies a change that returns its old → new detail (nil:
    /// nothing to change), audits it, and returns the institution as stored.
    private func changeInstitution(by principal: Principal, code: String, action: AuditAction,
                                   _ change: (any CatalogueTransaction, Institution) throws -> AuditDetail?) throws(StoreError) -> Institution {
        try write(principal) { db in
            let admin = try requireAdministrator(db, principal)
            let institution = try requireInstitution(db, code: code)
            guard let detail = try change(db, institution) else { return institution }
            try db.appendAudit(AuditRecord(by: admin, institution: institution.id, action: action, detail: detail))
            return try requireInstitution(db, code: code)
        }
    }
}
