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
    public static let latvian = Catalogue(.lv, rules: .latvian, groups: [
        MessageGroup(latvianDomain), MessageGroup(latvianStore), MessageGroup(latvianRules),
        MessageGroup { (rule: CheckRule) in rule.latvian }, MessageGroup(latvianExportErrors),
        MessageGroup(latvianErrors), MessageGroup(latvianSession), MessageGroup(latvianSessionHelp),
        MessageGroup(latvianStatistics), MessageGroup(latvianStatisticsHelp), MessageGroup(latvianForm),
        MessageGroup(latvianReports), MessageGroup(latvianReportsHelp), MessageGroup(latvianOverview),
        MessageGroup(latvianOverviewHelp), MessageGroup(latvianCompare), MessageGroup(latvianCompareHelp),
        MessageGroup(latvianAuditActions), MessageGroup(latvianAuditFields), MessageGroup(latvianAuditTerms),
        MessageGroup(latvianServices), MessageGroup(latvianServicesHelp), MessageGroup(latvianAdministration),
        MessageGroup(latvianAdministrationHelp), MessageGroup(latvianExport), MessageGroup(latvianExportHelp),
        MessageGroup(latvianHelp), MessageGroup(latvianChannels), MessageGroup(latvianScripts),
        MessageGroup(latvianImport), MessageGroup(latvianImportHelp), MessageGroup(latvianImportProblems),
        MessageGroup(latvianReading),
    ])
}
