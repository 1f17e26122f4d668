import PKCore
import PKStore

extension Catalogue {
    /// Errors of the store, in English.
    static let englishStore: [StoreText: String] = [
        .notInitialized: "the database {path} has no administrator yet: create one with pks init --admin LOGIN --name \"FULL NAME\"",
        .schemaTooNew: "the database {location} has schema version {database}, newer than this pks knows ({program}); use a newer pks",
        .alreadyInitialized: "the database already has an administrator",
        .administratorsOnly: "only administrators can do this",
        .rightsNoLongerValid: "the rights of {login} are closed or have expired; ask the administrator to renew them",
        .invalidInstitutionCode: "'{code}' is not a valid institution code (1–20 letters, digits, '-', '_' or '.')",
        .duplicateInstitution: "institution {code} already exists",
        .unknownInstitution: "no institution with code '{code}' (see institution list)",
        .invalidLogin: "'{login}' is not a valid login (2–32 letters, digits, '.', '-' or '_', starting with a letter)",
        .duplicateLogin: "user {login} already exists",
        .invalidName: "'{name}' is not a valid name (1–300 characters, not only blanks)",
        .invalidServiceCode: "'{code}' is not a valid service code (1–20 letters, digits, '-', '_' or '.')",
        .duplicateServiceCode: "service code {code} is already taken",
        .unknownService: "no service '{text}' in your institution (see services)",
        .ambiguousService: "'{text}' matches several services: {codes}; give the code",
        .notPublished: "service {code} is not published; only published services take statistics (service publish {code})",
        .noChannels: "service {code} has no channels yet; set them first: service channels {code} CHANNEL...",
        .recordExists: "{code} already has a record for {year}: open it with edit {code}",
        .submittedRecordExists: "{code} already has a submitted {year} record, which is read-only: see it with show {code}",
        .noRecord: "{code} has no record for {year}: create it with add {code}",
        .changedElsewhere: "the {year} record of {code} was changed in another session since you opened it; close --discard and edit it again",
        .unknownUser: "no user '{login}' (see user list)",
        .cannotCloseOwnRights: "you cannot close your own rights; ask another administrator",
        .alreadyClosed: "the rights of {login} are already closed",
        .wrongCurrentPassword: "the current password is wrong; nothing was changed",
        .invalidPasswordCost: "password cost {cost} is out of range; give one from {lowest} to {highest}",
        .passwordHashingFailed: "the password could not be hashed",
        .emptyPassword: "the password is empty",
        .databaseFailed: "database: {reason}",
        .invalidCredentials: "login failed: unknown user or wrong password",
        .loginRightsClosed: "login failed: the rights of {login} are closed; ask the administrator (VRAA) to grant them again",
        .loginRightsExpired: "login failed: the rights of {login} expired on {date}; ask the administrator (VRAA) to renew them",
        .tooManyFailures: "login refused: too many failed attempts for {login}; try again in {seconds} s (ask the administrator if the password is lost)",
    ]
}
