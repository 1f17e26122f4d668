import PKCore

/// The names of everything the shell itself says: its errors, prompts, confirmations, tables and the record form.
public enum ShellText: String, MessageKey, CaseIterable {
    // MARK: Errors of the shell
    case notLoggedIn
    case noOpenRecord
    case unsavedChanges
    case endedUnsaved
    case noPassword
    case passwordsDiffer
    case invalidYear
    case invalidDate
    case invalidLimit
    case unknownHelpTopic
    case cannotReadScript
    case includeCycle
    case includeTooDeep
    case invalidUTF8
    case lineTooLong
    case notText
    case unreadableInput
    case declined
    case invalidVariableName
    case interrupted
    case unterminatedDoubleQuote
    case unterminatedSingleQuote
    case danglingEscape
    case undefinedVariable
    case unknownCommand
    case unknownCommandSuggestion
    case unknownCommandInFile
    case unknownCommandInFileSuggestion
    case unknownSubcommand
    case missingSubcommand
    case wrongArgumentCount
    case unknownOption
    case unknownOptionSuggestion
    case missingOptionValue
    case missingOption
    case sourcedScriptFailed
    case unknownExportFormat
    case unknownLayout
    case conflictingOptions

    // MARK: The session: login, logout, whoami, passwd, year, source, let, quit
    case labelError
    case labelWarning
    case includedFrom
    case yesNoChoice
    case actionLogOut
    case actionQuit
    case actionLogIn
    case promptPassword
    case promptCurrentPassword
    case promptNewPassword
    case promptRepeatPassword
    case loggedOut
    case fieldLogin
    case fieldName
    case fieldInstitution
    case fieldRole
    case fieldValidUntil
    case noEndDate
    case roleAdministrator
    case roleInstitutionUser
    case passwordChanged
    case loggedIn
    case reportingYearLine
    case deadlineToday
    case deadlineDaysLeft
    case deadlinePassed

    // MARK: Statistics: add, edit, save, close, submit, set, complaints, delays, compute
    case recordCreated
    case draftOpened
    case draftOpenedUpdated
    case draftSaved
    case indicatorsNotUpToDate
    case recordClosed
    case recordClosedDiscarded
    case confirmSubmit
    case recordSubmittedNow
    case countsSet
    case complaintsSet
    case delaysSet

    // MARK: The record form
    case formTitle
    case formStatus
    case formUpdated
    case formNeverSaved
    case formStatusNew
    case formStatusDraft
    case formStatusUnsaved
    case formStatusSubmitted
    case formNotOnDescription
    case formChannel
    case formStarted
    case formCompleted
    case formTotal
    case formComplaints
    case formDelays
    case indicatorsNotApplicable
    case indicatorsNotComputedYet
    case indicatorsHeading
    case indicatorsHeadingStale
    case indicatorSuccess
    case indicatorUsage
    case successInputs
    case usageInputs
    case indicatorPercent
    case indicatorNotComputable
    case indicatorNotApplicable

    // MARK: Reports: stats, missing, show, log
    case noRecords
    case noRecordsMatching
    case recordsTally
    case columnCode
    case columnService
    case columnStatus
    case columnUpdated
    case columnStarted
    case columnCompleted
    case columnInstitution
    case columnPublished
    case columnChannels
    case columnWhen
    case columnWho
    case columnYear
    case columnWhat
    case columnChange
    case columnLogin
    case columnName
    case columnRole
    case columnValidUntil
    case columnRights
    case statusDraft
    case statusSubmitted
    case noneMissing
    case someMissing
    case noChangesRecorded
    case damagedTime
    case damagedAuditEntry
    case olderChangesLeftOut

    // MARK: Service descriptions
    case yes
    case no
    case noServices
    case noServicesMatching
    case serviceAdded
    case serviceChannelsSet
    case servicePublished
    case fieldServiceName
    case fieldEService
    case noChannelsYet
    case eServiceYes

    // MARK: Administration
    case institutionAdded
    case userRightsGranted
    case administratorRightsGranted
    case rightsRenewed
    case rightsClosed
    case loginUnlocked
    case loginNotLocked
    case passwordCostIs
    case passwordCostSet
    case rightsStateOpen
    case rightsStateClosed
    case rightsStateExpired

    // MARK: Export
    case confirmReplaceFile
    case exportWroteYear
    case exportWroteAllYears
    case exportWroteYearInstitution
    case exportWroteAllYearsInstitution
    case exportWroteYearEveryInstitution
    case exportWroteAllYearsEveryInstitution
    case exportLongLayout

    // MARK: Scripts, start-up, the terminal
    case scriptSummary
    case dryRunNothingKept
    case singleTransactionNothingKept
    case databaseCreated
    case databaseMigrated
    case databaseUpToDate
    case demoSkipped
    case demoEnded
    case demoStepPrompt
    case demoNeedsTerminal
    case invalidNow
    case invalidToday
    case startupUsage
    case banner
    case moreCandidates
    case historyNotKept
    case invalidVariableAssignment
}
