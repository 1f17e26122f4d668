import PKCore

extension Catalogue {
    /// How the audit trail names each kind of change, in Latvian.
    static func latvianAuditActions(_ key: AuditAction) -> String {
        switch key {
        case .addInstitution: "pievienota iestāde"
        case .grantRights: "piešķirtas tiesības"
        case .renewRights: "atjaunotas tiesības"
        case .closeRights: "slēgtas tiesības"
        case .unlockLogin: "atbloķēts pieteikšanās vārds"
        case .changePassword: "nomainīta parole"
        case .upgradePasswordHash: "atjaunota paroles jaucējvērtība"
        case .setPasswordCost: "mainīta paroles sarežģītība"
        case .addService: "pievienots pakalpojums"
        case .setChannels: "mainīti kanāli"
        case .publishService: "publicēts pakalpojums"
        case .createRecord: "izveidots ieraksts"
        case .saveRecord: "saglabāts ieraksts"
        case .submitRecord: "iesniegts ieraksts"
        case .renameInstitution: "pārdēvēta iestāde"
        case .changeContactPerson: "mainīta kontaktpersona"
        case .unpublishService: "atsaukts pakalpojums"
        case .renameService: "pārdēvēts pakalpojums"
        case .describeService: "mainīts apraksts"
        case .setChannelContact: "mainīta kanāla kontaktinformācija"
        case .setWorkingHours: "mainīts darba laiks"
        case .deleteService: "dzēsts pakalpojums"
        case .reopenRecord: "atvērts no jauna"
        }
    }

    /// What the audit trail calls each field that a change touched, in Latvian.
    static func latvianAuditFields(_ key: AuditField) -> String {
        switch key {
        case .counts: "skaitļi"
        case .complaints: "sūdzības"
        case .delays: "kavējumi"
        case .indicators: "kvalitātes rādītāji"
        case .status: "statuss"
        case .published: "statuss"
        case .channels: "kanāli"
        case .name: "nosaukums"
        case .fullName: "vārds, uzvārds"
        case .institution: "iestāde"
        case .role: "loma"
        case .validUntil: "tiesību beigu datums"
        case .rights: "tiesības"
        case .password: "parole"
        case .passwordHash: "paroles jaucējvērtība"
        case .passwordCost: "paroles sarežģītība"
        case .failedLogins: "neizdevušās pieteikšanās"
        case .description: "apraksts"
        case .contact: "kontaktinformācija"
        case .hours: "darba laiks"
        case .contactPerson: "kontaktpersona"
        case .drafts: "melnraksti"
        case .reason: "iemesls"
        }
    }

    /// The audit trail's words for values, in Latvian.
    static func latvianAuditTerms(_ key: AuditTerm) -> String {
        switch key {
        case .draft: "melnraksts"
        case .submitted: "iesniegts"
        case .published: "publicēts"
        case .unpublished: "nepublicēts"
        case .open: "spēkā"
        case .closed: "slēgtas"
        case .none: "nav"
        case .changed: "nomainīta"
        case .forgotten: "aizmirstas"
        case .notComputed: "nav aprēķināti"
        case .outOfDate: "novecojuši"
        case .notComputable: "nav aprēķināms"
        case .noEndDate: "nav noteikts"
        case .administrator: "administrators"
        case .institutionUser: "iestādes lietotājs"
        case .deleted: "dzēsts"
        }
    }
}
