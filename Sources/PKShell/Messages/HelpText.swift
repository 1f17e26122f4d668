import PKCore

/// The names of the help texts: command summaries and details, option help, usage placeholders, channel explanations.
public enum HelpText: String, MessageKey, CaseIterable {
    // MARK: The session: login, logout, whoami, passwd, year, source, let, quit
    case loginSummary
    case loginDetails
    case logoutSummary
    case whoamiSummary
    case passwdSummary
    case passwdDetails
    case yearSummary
    case yearDetails
    case sourceSummary
    case sourceDetails
    case letSummary
    case letDetails
    case quitSummary
    case metaLogin
    case metaYear
    case metaFile
    case metaName
    case metaEquals
    case metaValue

    // MARK: Statistics: add, edit, save, close, submit, set, complaints, delays, compute
    case metaService
    case metaChannel
    case metaStarted
    case metaCompleted
    case metaNumber
    case addSummary
    case addDetails
    case editSummary
    case saveSummary
    case discardOption
    case closeSummary
    case yesOption
    case submitSummary
    case submitDetails
    case submitAllOption
    case checkSummary
    case checkDetails
    case setSummary
    case setDetails
    case unsetSummary
    case unsetDetails
    case complaintsSummary
    case delaysSummary
    case computeSummary
    case computeDetails

    // MARK: Reports: stats, missing, show, log
    case metaText
    case jsonArrayOption
    case jsonObjectOption
    case noPagerOption
    case statsSummary
    case statsDetails
    case missingSummary
    case missingDetails
    case allInstitutionsOption
    case institutionViewOption
    case overviewSummary
    case overviewDetails
    case asciiOption
    case reopenSummary
    case reopenDetails
    case reopenInstitutionOption
    case reopenReasonOption
    case compareSummary
    case compareDetails
    case showSummary
    case showDetails
    case logSummary
    case logDetails
    case logLimitOption
    case logSinceOption
    case logUserOption
    case logInstitutionOption

    // MARK: Service descriptions
    case metaCode
    case servicesSummary
    case servicesDetails
    case serviceFamilySummary
    case serviceAddSummary
    case serviceInstitutionOption
    case serviceChannelsSummary
    case servicePublishSummary
    case serviceShowSummary
    case serviceShowDetails
    case serviceJSONOption
    case serviceRenameSummary
    case serviceDescribeSummary
    case serviceDescribeDetails
    case serviceContactSummary
    case serviceContactDetails
    case metaHours
    case serviceHoursSummary
    case serviceHoursDetails
    case serviceUnpublishSummary
    case serviceDeleteSummary
    case serviceDeleteDetails

    // MARK: Administration
    case institutionFamilySummary
    case institutionAddSummary
    case institutionListSummary
    case userFamilySummary
    case metaFullName
    case metaDate
    case userNameOption
    case userInstitutionOption
    case userUntilOption
    case userAdminOption
    case userAddSummary
    case userAddDetails
    case renewUntilOption
    case userRenewSummary
    case userCloseSummary
    case userUnlockSummary
    case userUnlockDetails
    case passwordCostSummary
    case passwordCostDetails
    case userListSummary
    case institutionRenameSummary
    case institutionContactSummary
    case institutionContactDetails
    case contactNameOption
    case contactEmailOption
    case metaEmail
    case metaDays
    case expiringOption

    // MARK: Export
    case metaFormat
    case metaLayout
    case exportYearOption
    case exportAllYearsOption
    case exportLayoutOption
    case exportInstitutionOption
    case exportAllInstitutionsOption
    case exportForceOption
    case exportSummary
    case exportDetails

    // MARK: Import, open, add --from, export --excel
    case metaTableFormat
    case importSummary
    case importDetails
    case importDryRunOption
    case importFormatOption
    case openSummary
    case openDetails
    case addFromOption
    case exportExcelOption
    case serviceImportSummary
    case serviceImportDetails

    // MARK: Help
    case metaTopic
    case metaSubcommand
    case helpSubcommandMore
    case metaOptions
    case helpSummary
    case helpFooter
    case helpUsage
    case helpAlso
    case helpOptions
    case groupSession
    case groupStatistics
    case groupServices
    case groupAdministration
    case helpChannelsIntro
    case channelHeading
    case channelHeadingEService
    case explainCitiElektroniskie
    case explainCits
    case explainEIestade
    case explainELatvija
    case explainEPasts
    case explainFakss
    case explainKlatiene
    case explainPasts
    case explainSms
    case explainTelefons
    case explainVpvkac

    // MARK: Scripts, start-up, the terminal
}
