import PKCore

extension LanguageRules {
    /// English: one|other plurals, `94.41`, `2019-12-17 09:43:01`.
    static let english = LanguageRules(
        pluralIndex: { number, forms in abs(number) == 1 ? 0 : min(1, forms - 1) },
        percent: { $0.description },
        date: { $0.description },
        timestamp: { $0.description },
        yesAnswers: ["y", "yes"],
        channelsTopic: "channels")
}

extension Catalogue {
    /// Every text in English.
    public static let english = Catalogue(.en, rules: .english, groups: [
        MessageGroup(englishDomain), MessageGroup(englishStore), MessageGroup(englishRules),
        MessageGroup { (rule: CheckRule) in rule.english }, MessageGroup(englishExportErrors),
        MessageGroup(englishErrors), MessageGroup(englishSession), MessageGroup(englishSessionHelp),
        MessageGroup(englishStatistics), MessageGroup(englishStatisticsHelp), MessageGroup(englishForm),
        MessageGroup(englishReports), MessageGroup(englishReportsHelp), MessageGroup(englishOverview),
        MessageGroup(englishOverviewHelp), MessageGroup(englishCompare), MessageGroup(englishCompareHelp),
        MessageGroup(englishAuditActions), MessageGroup(englishAuditFields), MessageGroup(englishAuditTerms),
        MessageGroup(englishServices), MessageGroup(englishServicesHelp), MessageGroup(englishAdministration),
        MessageGroup(englishAdministrationHelp), MessageGroup(englishExport), MessageGroup(englishExportHelp),
        MessageGroup(englishHelp), MessageGroup(englishChannels), MessageGroup(englishScripts),
        MessageGroup(englishImport), MessageGroup(englishImportHelp), MessageGroup(englishImportProblems),
        MessageGroup(englishReading),
    ])
}
