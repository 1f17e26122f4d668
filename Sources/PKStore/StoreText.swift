import PKCore

/// The names of the store's messages (`StoreError`, `AuthenticationError`); texts in each language's catalogue.
public enum StoreText: String, MessageKey, CaseIterable {
    case notInitialized
    case schemaTooNew
    case schemaTooOld
    case ownerPasswordMissing
    case oneUserPerScriptTransaction
    case serverKeepsPasswords
    case alreadyInitialized
    case administratorsOnly
    case rightsNoLongerValid
    case invalidInstitutionCode
    case duplicateInstitution
    case unknownInstitution
    case invalidLogin
    case duplicateLogin
    case invalidName
    case invalidServiceCode
    case duplicateServiceCode
    case unknownService
    case ambiguousService
    case notPublished
    case noChannels
    case recordExists
    case submittedRecordExists
    case noRecord
    case changedElsewhere
    case unknownUser
    case cannotCloseOwnRights
    case alreadyClosed
    case wrongCurrentPassword
    case invalidPasswordCost
    case passwordHashingFailed
    case emptyPassword
    case databaseFailed
    case invalidCredentials
    case loginRightsClosed
    case loginRightsExpired
    case tooManyFailures
}
