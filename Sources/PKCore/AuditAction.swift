/// The kinds of change the audit trail records; the raw value is what the trail stores.
public enum AuditAction: String, MessageKey, CaseIterable, Sendable {
    case addInstitution = "add institution"
    case grantRights = "grant rights"
    case renewRights = "renew rights"
    case closeRights = "close rights"
    case unlockLogin = "unlock login"
    case changePassword = "change password"
    case upgradePasswordHash = "upgrade password hash"
    case setPasswordCost = "set password cost"
    case addService = "add service"
    case setChannels = "set channels"
    case publishService = "publish service"
    case createRecord = "create record"
    case saveRecord = "save record"
    case submitRecord = "submit record"
    case reopenRecord = "reopen record"
}
