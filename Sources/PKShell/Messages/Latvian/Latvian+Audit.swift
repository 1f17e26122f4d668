import PKCore

extension Catalogue {
    /// How the audit trail names each kind of change, in Latvian.
    static let latvianAuditActions: KeyValuePairs<AuditAction, String> = [
        .addInstitution: "pievienota iestāde",
        .grantRights: "piešķirtas tiesības",
        .renewRights: "atjaunotas tiesības",
        .closeRights: "slēgtas tiesības",
        .unlockLogin: "atbloķēts pieteikšanās vārds",
        .changePassword: "nomainīta parole",
        .upgradePasswordHash: "atjaunota paroles jaucējvērtība",
        .setPasswordCost: "mainīta paroles sarežģītība",
        .addService: "pievienots pakalpojums",
        .setChannels: "mainīti kanāli",
        .publishService: "publicēts pakalpojums",
        .createRecord: "izveidots ieraksts",
        .saveRecord: "saglabāts ieraksts",
        .submitRecord: "iesniegts ieraksts",
        .renameInstitution: "pārdēvēta iestāde",
        .changeContactPerson: "mainīta kontaktpersona",
        .unpublishService: "atsaukts pakalpojums",
        .renameService: "pārdēvēts pakalpojums",
        .describeService: "mainīts apraksts",
        .setChannelContact: "mainīta kanāla kontaktinformācija",
        .setWorkingHours: "mainīts darba laiks",
        .deleteService: "dzēsts pakalpojums",
        .reopenRecord: "atvērts no jauna",
    ]

    /// What the audit trail calls each field that a change touched, in Latvian.
    static let latvianAuditFields: KeyValuePairs<AuditField, String> = [
        .counts: "skaitļi",
        .complaints: "sūdzības",
        .delays: "kavējumi",
        .indicators: "kvalitātes rādītāji",
        .status: "statuss",
        .published: "statuss",
        .channels: "kanāli",
        .name: "nosaukums",
        .institution: "iestāde",
        .role: "loma",
        .validUntil: "tiesības derīgas līdz",
        .rights: "tiesības",
        .password: "parole",
        .passwordHash: "paroles jaucējvērtība",
        .passwordCost: "paroles sarežģītība",
        .failedLogins: "neizdevušās pieteikšanās",
        .description: "apraksts",
        .contact: "kontaktinformācija",
        .hours: "darba laiks",
        .contactPerson: "kontaktpersona",
        .drafts: "melnraksti",
        .reason: "iemesls",
    ]

    /// The audit trail's words for values, in Latvian.
    static let latvianAuditTerms: KeyValuePairs<AuditTerm, String> = [
        .draft: "melnraksts",
        .submitted: "iesniegts",
        .published: "publicēts",
        .unpublished: "nepublicēts",
        .open: "spēkā",
        .closed: "slēgtas",
        .none: "nav",
        .changed: "nomainīta",
        .forgotten: "aizmirstas",
        .notComputed: "nav aprēķināti",
        .outOfDate: "novecojuši",
        .notComputable: "nav aprēķināms",
        .noEndDate: "bez beigu datuma",
        .administrator: "administrators",
        .institutionUser: "iestādes lietotājs",
        .deleted: "dzēsts",
    ]
}
