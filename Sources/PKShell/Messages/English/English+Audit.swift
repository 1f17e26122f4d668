import PKCore

extension Catalogue {
    /// How the audit trail names each kind of change, in English.
    static let englishAuditActions: KeyValuePairs<AuditAction, String> = [
        .addInstitution: "add institution",
        .grantRights: "grant rights",
        .renewRights: "renew rights",
        .closeRights: "close rights",
        .unlockLogin: "unlocked a login",
        .changePassword: "change password",
        .upgradePasswordHash: "upgrade password hash",
        .setPasswordCost: "set password cost",
        .addService: "add service",
        .setChannels: "set channels",
        .publishService: "publish service",
        .createRecord: "create record",
        .saveRecord: "save record",
        .submitRecord: "submit record",
        .renameInstitution: "rename institution",
        .changeContactPerson: "change contact person",
        .unpublishService: "unpublish service",
        .renameService: "rename service",
        .describeService: "describe service",
        .setChannelContact: "set channel contact",
        .setWorkingHours: "set working hours",
        .deleteService: "delete service",
        .reopenRecord: "reopen record",
    ]

    /// What the audit trail calls each field that a change touched, in English.
    static let englishAuditFields: KeyValuePairs<AuditField, String> = [
        .counts: "counts",
        .complaints: "complaints",
        .delays: "delays",
        .indicators: "indicators",
        .status: "status",
        .published: "status",
        .channels: "channels",
        .name: "name",
        .institution: "institution",
        .role: "role",
        .validUntil: "valid until",
        .rights: "rights",
        .password: "password",
        .passwordHash: "password hash",
        .passwordCost: "password cost",
        .failedLogins: "failed logins",
        .description: "description",
        .contact: "contact",
        .hours: "working hours",
        .contactPerson: "contact person",
        .drafts: "drafts",
        .reason: "reason",
    ]

    /// The audit trail's words for values, in English.
    static let englishAuditTerms: KeyValuePairs<AuditTerm, String> = [
        .draft: "draft",
        .submitted: "submitted",
        .published: "published",
        .unpublished: "unpublished",
        .open: "in force",
        .closed: "closed",
        .none: "none",
        .changed: "changed",
        .forgotten: "forgotten",
        .notComputed: "not computed",
        .outOfDate: "out of date",
        .notComputable: "n/c",
        .noEndDate: "no end date",
        .administrator: "administrator",
        .institutionUser: "institution user",
        .deleted: "deleted",
    ]
}
