import PKCore

extension LanguageRules {
    /// Latvian: one|other|zero plurals (1, 21, 101 ieraksts; 2 ieraksti; 0, 10–20, 30 ierakstu), `94,41`,
    /// `17.12.2019 09:43:01`.
    static let latvian = LanguageRules(
        pluralIndex: { number, forms in
            let value = abs(number)
            if value % 10 == 1 && value % 100 != 11 { return 0 }
            if forms > 2 && (value % 10 == 0 || (11...19).contains(value % 100)) { return 2 }
            return min(1, forms - 1)
        },
        percent: { $0.description.replacingOccurrences(of: ".", with: ",") },
        date: { $0.latvian },
        timestamp: { $0.latvian },
        yesAnswers: ["j", "jā", "ja"],
        channelsTopic: "kanāli")
}

extension Catalogue {
    /// Every text in Latvian.
    public static let latvian = Catalogue(.lv, rules: .latvian, tables: [
        table(latvianDomain), table(latvianStore), table(latvianRules), table(CheckRule.texts(\.latvian)), table(latvianExportErrors),
        table(latvianErrors), table(latvianSession), table(latvianSessionHelp), table(latvianStatistics),
        table(latvianStatisticsHelp), table(latvianForm), table(latvianReports), table(latvianReportsHelp),
        table(latvianOverview), table(latvianOverviewHelp), table(latvianCompare), table(latvianCompareHelp), table(latvianAuditActions), table(latvianAuditFields),
        table(latvianAuditTerms), table(latvianServices), table(latvianServicesHelp), table(latvianAdministration),
        table(latvianAdministrationHelp), table(latvianExport), table(latvianExportHelp), table(latvianHelp),
        table(latvianChannels), table(latvianScripts), table(latvianImport), table(latvianImportHelp),
        table(latvianImportProblems), table(latvianReading),
    ])
}
