import PKCore

/// Why the store refused a read or a write; the message names the problem and, where there is one, the way out.
public enum StoreError: Error, Equatable, Localized {
    case notInitialized(path: String)
    /// No database file at the path (and none is made but by `init`); `missingFolder` when its folder is missing too.
    case noDatabase(path: String, missingFolder: String?)
    /// The database was made by a newer pks.
    case schemaTooNew(location: String, database: Int, program: Int)
    case databaseIsFolder(String)
    /// The file holds another program's tables.
    case notAPksDatabase(String, tables: [String])
    /// A read-only file of an older pks, which cannot be migrated.
    case readOnlyOlderSchema(String, database: Int, program: Int)
    /// A write to a file that may only be read.
    case readOnlyDatabase(String)
    /// Another session held the database for as long as a write may wait; `holder` says who, when known.
    case databaseBusy(holder: String?, since: Timestamp?, seconds: Int)
    /// The database needs the owner's `pks migrate` first.
    case schemaTooOld(location: String, database: Int, program: Int)
    /// The server asked for its owner's password, and none could be asked for.
    case ownerPasswordMissing(location: String)
    /// The server refused its owner's password (`init`, `migrate`): an authentication failure, exit 3.
    case ownerRefused(location: String)
    /// A script in one transaction logged in a second user; on a server each user is a connection.
    case oneUserPerScriptTransaction
    /// Password hashes are the server's (password-cost on PostgreSQL).
    case serverKeepsPasswords
    /// Slowing down password guessing is the server's (user unlock on PostgreSQL).
    case serverSlowsGuessing
    case alreadyInitialized
    case administratorsOnly
    case rightsNoLongerValid(login: String)
    case invalidInstitutionCode(String)
    case duplicateInstitution(String)
    case unknownInstitution(String)
    case invalidLogin(String)
    case duplicateLogin(String)
    case invalidName(String)
    case invalidServiceCode(String)
    case duplicateServiceCode(String)
    case unknownService(String)
    /// An administrator's argument that names no service of the institution they chose.
    case unknownServiceIn(String, institution: String)
    /// An administrator's argument that names no service anywhere.
    case unknownServiceInCatalogue(String)
    /// An administrator's argument for their own institution that names another institution's service.
    case serviceOfAnotherInstitution(code: String, institution: String)
    case ambiguousService(String, [String])
    case notPublished(String)
    case noChannels(String)
    case recordExists(code: String, year: Int)
    case submittedRecordExists(code: String, year: Int)
    case noRecord(code: String, year: Int)
    /// No record, and `add` would refuse one: the service is not published.
    case noRecordUnpublished(code: String, year: Int)
    /// No record of that year, where `add` is not the way to one (another institution's, a year to start from).
    case noRecordOfYear(code: String, year: Int)
    case changedElsewhere(code: String, year: Int)
    case submittedReadOnly(code: String, year: Int)
    /// The errors of `check` that keep a record from being submitted.
    case notReadyToSubmit(code: String, [CheckFinding])
    /// Only a submitted record can be reopened.
    case notSubmitted(code: String, year: Int)
    /// Reopening needs a reason, for the audit trail and the institution.
    case reasonRequired
    case unknownUser(String)
    case cannotChangeOwnRights
    case alreadyClosed(String)
    case wrongPassword
    /// `passwd` given the current password as the new one.
    case samePassword
    case invalidPasswordCost(Int)
    /// A domain rule refused the change inside the store's transaction.
    case refused(PKCore.RecordError)
    /// A rule of descriptions or rights refused the change.
    case rule(RuleError)
    case passwordHashingFailed
    case emptyPassword
    case database(String)

    /// Whether the error says that an argument names no service (the code may still be in the audit trail).
    var namesNoService: Bool {
        switch self {
        case .unknownService, .unknownServiceIn, .unknownServiceInCatalogue: true
        default: false
        }
    }

    public var message: Message {
        switch self {
        case .notInitialized(let path): Message(StoreText.notInitialized, ["path": path])
        case .noDatabase(let path, nil): Message(StoreText.noDatabase, ["path": path])
        case .noDatabase(let path, let folder?): Message(StoreText.noDatabaseFolder, ["path": path, "folder": folder])
        case .schemaTooNew(let location, let database, let program):
            Message(StoreText.schemaTooNew, ["location": location, "database": database, "program": program])
        case .databaseIsFolder(let path): Message(StoreText.databaseIsFolder, ["path": path])
        case .notAPksDatabase(let path, let tables):
            Message(StoreText.notAPksDatabase, ["path": path, "tables": tables.prefix(5).joined(separator: ", ")])
        case .readOnlyOlderSchema(let path, let database, let program):
            Message(StoreText.readOnlyOlderSchema, ["path": path, "database": database, "program": program])
        case .readOnlyDatabase(let path): Message(StoreText.readOnlyDatabase, ["path": path])
        case .databaseBusy(let holder, let since, let seconds):
            if let holder, let since {
                Message(StoreText.databaseBusyHeld, ["holder": holder, "since": since, "seconds": seconds])
            } else if let holder {
                Message(StoreText.rowsHeld, ["holder": holder, "seconds": seconds])
            } else {
                Message(StoreText.databaseBusy, ["seconds": seconds])
            }
        case .schemaTooOld(let location, let database, let program):
            Message(StoreText.schemaTooOld, ["location": location, "database": database, "program": program])
        case .ownerPasswordMissing(let location): Message(StoreText.ownerPasswordMissing, ["location": location])
        case .ownerRefused(let location): Message(StoreText.ownerRefused, ["location": location])
        case .oneUserPerScriptTransaction: Message(StoreText.oneUserPerScriptTransaction)
        case .serverKeepsPasswords: Message(StoreText.serverKeepsPasswords)
        case .serverSlowsGuessing: Message(StoreText.serverSlowsGuessing)
        case .alreadyInitialized: Message(StoreText.alreadyInitialized)
        case .administratorsOnly: Message(StoreText.administratorsOnly)
        case .rightsNoLongerValid(let login): Message(StoreText.rightsNoLongerValid, ["login": login])
        case .invalidInstitutionCode(let code): Message(StoreText.invalidInstitutionCode, ["code": code])
        case .duplicateInstitution(let code): Message(StoreText.duplicateInstitution, ["code": code])
        case .unknownInstitution(let code): Message(StoreText.unknownInstitution, ["code": code])
        case .invalidLogin(let login): Message(StoreText.invalidLogin, ["login": login])
        case .duplicateLogin(let login): Message(StoreText.duplicateLogin, ["login": login])
        case .invalidName(let name): Message(StoreText.invalidName, ["name": name])
        case .invalidServiceCode(let code): Message(StoreText.invalidServiceCode, ["code": code])
        case .duplicateServiceCode(let code): Message(StoreText.duplicateServiceCode, ["code": code])
        case .unknownService(let text): Message(StoreText.unknownService, ["text": text])
        case .unknownServiceIn(let text, let institution):
            Message(StoreText.unknownServiceIn, ["text": text, "institution": institution])
        case .unknownServiceInCatalogue(let text): Message(StoreText.unknownServiceInCatalogue, ["text": text])
        case .serviceOfAnotherInstitution(let code, let institution):
            Message(StoreText.serviceOfAnotherInstitution, ["code": code, "institution": institution])
        case .ambiguousService(let text, let codes):
            Message(StoreText.ambiguousService, ["text": text, "codes": codes.joined(separator: ", ")])
        case .notPublished(let code): Message(StoreText.notPublished, ["code": code])
        case .noChannels(let code): Message(StoreText.noChannels, ["code": code])
        case .recordExists(let code, let year): Message(StoreText.recordExists, ["code": code, "year": year])
        case .submittedRecordExists(let code, let year): Message(StoreText.submittedRecordExists, ["code": code, "year": year])
        case .noRecord(let code, let year): Message(StoreText.noRecord, ["code": code, "year": year])
        case .noRecordUnpublished(let code, let year): Message(StoreText.noRecordUnpublished, ["code": code, "year": year])
        case .noRecordOfYear(let code, let year): Message(StoreText.noRecordOfYear, ["code": code, "year": year])
        case .changedElsewhere(let code, let year): Message(StoreText.changedElsewhere, ["code": code, "year": year])
        case .submittedReadOnly(let code, let year): Message(CoreText.recordSubmitted, ["code": code, "year": year])
        case .notReadyToSubmit(let code, let errors):
            Message(StoreText.notReadyToSubmit, ["code": code, "reasons": MessageList(errors.map(\.message))])
        case .notSubmitted(let code, let year): Message(StoreText.notSubmitted, ["code": code, "year": year])
        case .reasonRequired: Message(StoreText.reasonRequired)
        case .unknownUser(let login): Message(StoreText.unknownUser, ["login": login])
        case .cannotChangeOwnRights: Message(StoreText.cannotChangeOwnRights)
        case .alreadyClosed(let login): Message(StoreText.alreadyClosed, ["login": login])
        case .wrongPassword: Message(StoreText.wrongCurrentPassword)
        case .samePassword: Message(StoreText.newPasswordIsCurrent)
        case .invalidPasswordCost(let cost):
            Message(StoreText.invalidPasswordCost, ["cost": cost, "lowest": PasswordCost.accepted.lowerBound,
                                                    "highest": PasswordCost.accepted.upperBound])
        case .refused(let error): error.message
        case .rule(let error): error.message
        case .passwordHashingFailed: Message(StoreText.passwordHashingFailed)
        case .emptyPassword: Message(StoreText.emptyPassword)
        case .database(let reason): Message(StoreText.databaseFailed, ["reason": reason])
        }
    }
}

/// Why a login was refused. Unknown users and wrong passwords get the same message.
public enum AuthenticationError: Error, Equatable, Localized {
    case invalidCredentials
    case rightsClosed(String)
    /// Expired rights, with whom to ask for their renewal (nil when the institution has no contact person).
    case rightsExpired(String, CalendarDate, contact: InstitutionContact?)
    case tooManyFailures(String, seconds: Int)

    public var message: Message {
        switch self {
        case .invalidCredentials: Message(StoreText.invalidCredentials)
        case .rightsClosed(let login): Message(StoreText.loginRightsClosed, ["login": login])
        case .rightsExpired(let login, let date, let contact?):
            Message(StoreText.loginRightsExpiredAsk, ["login": login, "date": date, "contact": contact.description])
        case .rightsExpired(let login, let date, nil): Message(StoreText.loginRightsExpired, ["login": login, "date": date])
        case .tooManyFailures(let login, let seconds): Message(StoreText.tooManyFailures, ["login": login, "seconds": seconds])
        }
    }
}
