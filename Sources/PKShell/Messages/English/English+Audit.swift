import PKCore

extension Catalogue {
    /// How the audit trail names each kind of change, in English.
    static func englishAuditActions(_ key: AuditAction) -> String {
        switch key {
        case .addInstitution: "add institution"
        case .grantRights: "grant rights"
        case .renewRights: "renew rights"
        case .closeRights: "close rights"
        case .unlockLogin: "unlocked a login"
        case .changePassword: "change password"
        case .upgradePasswordHash: "upgrade password hash"
        case .setPasswordCost: "set password cost"
        case .addService: "add service"
        case .setChannels: "set channels"
        case .publishService: "publish service"
        case .createRecord: "create record"
        case .saveRecord: "save record"
        case .submitRecord: "submit record"
        case .renameInstitution: "rename institution"
        case .changeContactPerson: "change contact person"
        case .unpublishService: "unpublish service"
        case .renameService: "rename service"
        case .describeService: "describe service"
        case .setChannelContact: "set channel contact"
        case .setWorkingHours: "set working hours"
        case .deleteService: "delete service"
        case .reopenRecord: "reopen record"
        }
    }

    /// What the audit trail calls each field that a change touched, in English.
    static func englishAuditFields(_ key: AuditField) -> String {
        switch key {
        case .counts: "counts"
        case .complaints: "complaints"
        case .delays: "delays"
        case .indicators: "indicators"
        case .status: "status"
        case .published: "status"
        case .channels: "channels"
        case .name: "name"
        case .fullName: "full name"
        case .institution: "institution"
        case .role: "role"
        case .validUntil: "rights end"
        case .rights: "rights"
        case .password: "password"
        case .passwordHash: "password hash"
        case .passwordCost: "password cost"
        case .failedLogins: "failed logins"
        case .description: "description"
        case .contact: "contact"
        case .hours: "working hours"
        case .contactPerson: "contact person"
        case .drafts: "drafts"
        case .reason: "reason"
        }
    }

    /// The audit trail's words for values, in English.
    static func englishAuditTerms(_ key: AuditTerm) -> String {
        switch key {
        case .draft: "draft"
        case .submitted: "submitted"
        case .published: "published"
        case .unpublished: "unpublished"
        case .open: "in force"
        case .closed: "closed"
        case .none: "none"
        case .changed: "changed"
        case .forgotten: "forgotten"
        case .notComputed: "not computed"
        case .outOfDate: "out of date"
        case .notComputable: "n/c"
        case .noEndDate: "never"
        case .administrator: "administrator"
        case .institutionUser: "institution user"
        case .deleted: "deleted"
        }
    }
}
