import PKCore

/// Why the store refused a read or a write; the message names the problem and, where there is one, the way out.
public enum StoreError: Error, Equatable, CustomStringConvertible {
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

    public var description: String {
        switch self {
        case .notInitialized(let path):
            "the database \(path) has no administrator yet: create one with pks init --admin LOGIN --name \"FULL NAME\""
        case .alreadyInitialized: "the database already has an administrator"
        case .administratorsOnly: "only administrators can do this"
        case .rightsNoLongerValid(let login):
            "the rights of \(login) are closed or have expired; ask the administrator to renew them"
        case .invalidInstitutionCode(let code):
            "'\(code)' is not a valid institution code (1–20 letters, digits, '-', '_' or '.')"
        case .duplicateInstitution(let code): "institution \(code) already exists"
        case .unknownInstitution(let code): "no institution with code '\(code)' (see institution list)"
        case .invalidLogin(let login):
            "'\(login)' is not a valid login (2–32 letters, digits, '.', '-' or '_', starting with a letter)"
        case .duplicateLogin(let login): "user \(login) already exists"
        case .invalidName(let name): "'\(name)' is not a valid name (1–300 characters, not only blanks)"
        case .invalidServiceCode(let code):
            "'\(code)' is not a valid service code (1–20 letters, digits, '-', '_' or '.')"
        case .duplicateServiceCode(let code): "service code \(code) is already taken"
        case .unknownService(let text): "no service '\(text)' in your institution (see services)"
        case .ambiguousService(let text, let codes):
            "'\(text)' matches several services: \(codes.joined(separator: ", ")); give the code"
        case .notPublished(let code):
            "service \(code) is not published; only published services take statistics (service publish \(code))"
        case .noChannels(let code):
            "service \(code) has no channels yet; set them first: service channels \(code) CHANNEL..."
        case .recordExists(let code, let year):
            "\(code) already has a record for \(year): open it with edit \(code)"
        case .submittedRecordExists(let code, let year):
            "\(code) already has a submitted \(year) record, which is read-only: see it with show \(code)"
        case .noRecord(let code, let year): "\(code) has no record for \(year): create it with add \(code)"
        case .changedElsewhere(let code, let year):
            "the \(year) record of \(code) was changed in another session since you opened it; close --discard and edit it again"
        case .submittedReadOnly(let code, let year):
            "the \(year) record of \(code) is submitted and can no longer be changed"
        case .unknownUser(let login): "no user '\(login)' (see user list)"
        case .cannotCloseOwnRights: "you cannot close your own rights; ask another administrator"
        case .alreadyClosed(let login): "the rights of \(login) are already closed"
        case .wrongPassword: "the current password is wrong; nothing was changed"
        case .invalidPasswordCost(let cost):
            "password cost \(cost) is out of range; give one from \(PasswordHasher.costs.lowerBound) to \(PasswordHasher.costs.upperBound)"
        case .refused(let error): error.description
        case .passwordHashingFailed: "the password could not be hashed"
        case .emptyPassword: "the password is empty"
        case .database(let message): "database: \(message)"
        }
    }
}

/// Why a login was refused. Unknown users and wrong passwords get the same message.
public enum AuthenticationError: Error, Equatable, CustomStringConvertible {
    case invalidCredentials
    case rightsClosed(String)
    case rightsExpired(String, CalendarDate)
    case tooManyFailures(String, seconds: Int)

    public var description: String {
        switch self {
        case .invalidCredentials: "login failed: unknown user or wrong password"
        case .rightsClosed(let login):
            "login failed: the rights of \(login) are closed; ask the administrator (VRAA) to grant them again"
        case .rightsExpired(let login, let date):
            "login failed: the rights of \(login) expired on \(date); ask the administrator (VRAA) to renew them"
        case .tooManyFailures(let login, let seconds):
            "login refused: too many failed attempts for \(login); try again in \(seconds) s (ask the administrator if the password is lost)"
        }
    }
}
