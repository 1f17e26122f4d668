import PKCore

/// Why the store refused a read or a write; the message names the problem and, where there is one, the way out.
public enum StoreError: Error, Equatable, Localized {
    case notInitialized(path: String)
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
    case ambiguousService(String, [String])
    case notPublished(String)
    case noChannels(String)
    case recordExists(code: String, year: Int)
    case submittedRecordExists(code: String, year: Int)
    case noRecord(code: String, year: Int)
    case changedElsewhere(code: String, year: Int)
    case submittedReadOnly(code: String, year: Int)
    case unknownUser(String)
    case cannotCloseOwnRights
    case alreadyClosed(String)
    case wrongPassword
    case invalidPasswordCost(Int)
    /// A domain rule refused the change inside the store's transaction.
    case refused(PKCore.RecordError)
    case passwordHashingFailed
    case emptyPassword
    case database(String)

    public var message: Message {
        switch self {
        case .notInitialized(let path): Message(.notInitialized, ["path": path])
        case .alreadyInitialized: Message(.alreadyInitialized)
        case .administratorsOnly: Message(.administratorsOnly)
        case .rightsNoLongerValid(let login): Message(.rightsNoLongerValid, ["login": login])
        case .invalidInstitutionCode(let code): Message(.invalidInstitutionCode, ["code": code])
        case .duplicateInstitution(let code): Message(.duplicateInstitution, ["code": code])
        case .unknownInstitution(let code): Message(.unknownInstitution, ["code": code])
        case .invalidLogin(let login): Message(.invalidLogin, ["login": login])
        case .duplicateLogin(let login): Message(.duplicateLogin, ["login": login])
        case .invalidName(let name): Message(.invalidName, ["name": name])
        case .invalidServiceCode(let code): Message(.invalidServiceCode, ["code": code])
        case .duplicateServiceCode(let code): Message(.duplicateServiceCode, ["code": code])
        case .unknownService(let text): Message(.unknownService, ["text": text])
        case .ambiguousService(let text, let codes):
            Message(.ambiguousService, ["text": text, "codes": codes.joined(separator: ", ")])
        case .notPublished(let code): Message(.notPublished, ["code": code])
        case .noChannels(let code): Message(.noChannels, ["code": code])
        case .recordExists(let code, let year): Message(.recordExists, ["code": code, "year": year])
        case .submittedRecordExists(let code, let year): Message(.submittedRecordExists, ["code": code, "year": year])
        case .noRecord(let code, let year): Message(.noRecord, ["code": code, "year": year])
        case .changedElsewhere(let code, let year): Message(.changedElsewhere, ["code": code, "year": year])
        case .submittedReadOnly(let code, let year): Message(.recordSubmitted, ["code": code, "year": year])
        case .unknownUser(let login): Message(.unknownUser, ["login": login])
        case .cannotCloseOwnRights: Message(.cannotCloseOwnRights)
        case .alreadyClosed(let login): Message(.alreadyClosed, ["login": login])
        case .wrongPassword: Message(.wrongCurrentPassword)
        case .invalidPasswordCost(let cost):
            Message(.invalidPasswordCost, ["cost": cost, "lowest": PasswordHasher.costs.lowerBound,
                                           "highest": PasswordHasher.costs.upperBound])
        case .refused(let error): error.message
        case .passwordHashingFailed: Message(.passwordHashingFailed)
        case .emptyPassword: Message(.emptyPassword)
        case .database(let reason): Message(.databaseFailed, ["reason": reason])
        }
    }
}

/// Why a login was refused. Unknown users and wrong passwords get the same message.
public enum AuthenticationError: Error, Equatable, Localized {
    case invalidCredentials
    case rightsClosed(String)
    case rightsExpired(String, CalendarDate)
    case tooManyFailures(String, seconds: Int)

    public var message: Message {
        switch self {
        case .invalidCredentials: Message(.invalidCredentials)
        case .rightsClosed(let login): Message(.loginRightsClosed, ["login": login])
        case .rightsExpired(let login, let date): Message(.loginRightsExpired, ["login": login, "date": date])
        case .tooManyFailures(let login, let seconds): Message(.tooManyFailures, ["login": login, "seconds": seconds])
        }
    }
}
