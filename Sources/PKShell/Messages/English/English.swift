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
    public static let english = Catalogue(.en, rules: .english, tables: [
        table(englishDomain), table(englishStore), table(englishRules), table(CheckRule.texts(\.english)), table(englishExportErrors),
        table(englishErrors), table(englishSession), table(englishSessionHelp), table(englishStatistics),
        table(englishStatisticsHelp), table(englishForm), table(englishReports), table(englishReportsHelp),
        table(englishOverview), table(englishOverviewHelp), table(englishCompare), table(englishCompareHelp), table(englishAuditActions), table(englishAuditFields),
        table(englishAuditTerms), table(englishServices), table(englishServicesHelp), table(englishAdministration),
        table(englishAdministrationHelp), table(englishExport), table(englishExportHelp), table(englishHelp),
        table(englishChannels), table(englishScripts), table(englishImport), table(englishImportHelp),
        table(englishImportProblems), table(englishReading),
    ])
}
