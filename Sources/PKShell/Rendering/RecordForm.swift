import PKCore

/// The statistics record laid out like the catalogue's maintenance form, in the user's language
/// (channel names are the catalogue's Latvian ones in both).
struct RecordForm {
    let language: Language

    func render(_ record: StatisticsRecord, unsaved: Bool) -> String {
        let service = record.service
        let status: ShellText = record.id == nil ? .formStatusNew
            : record.status == .submitted ? .formStatusSubmitted : unsaved ? .formStatusUnsaved : .formStatusDraft
        var lines = [
            language.text(.formTitle, ["code": service.code, "name": service.name, "year": record.year]),
            TextTable.fields([(.formStatus, language.text(status)),
                              (.formUpdated, record.updated.map(language.text) ?? language.text(.formNeverSaved))],
                             in: language),
            "",
        ]
        let totals = record.totals
        var rows = record.channels.map { channel -> [String] in
            let counts = record.counts[channel]!
            let name = service.channels.contains(channel) ? channel.latvianName
                : language.text(.formNotOnDescription, ["channel": channel.latvianName])
            return [name, String(counts.started), String(counts.completed)]
        }
        rows.append([language.text(.formTotal), String(totals.started), String(totals.completed)])
        lines.append(TextTable.render(header: [.formChannel, .formStarted, .formCompleted].map { language.text($0) },
                                      rows: rows, alignments: [.left, .right, .right]))
        lines.append("")
        lines.append(TextTable.fields([(.formComplaints, String(record.complaints)), (.formDelays, String(record.delays))],
                                      in: language))
        lines.append("")
        lines.append(contentsOf: indicatorLines(record))
        return lines.joined(separator: "\n")
    }

    /// The indicators with the sums they come from, or why there are none.
    func indicatorLines(_ record: StatisticsRecord) -> [String] {
        guard record.hasEServiceChannel else { return [language.text(.indicatorsNotApplicable)] }
        guard let indicators = record.indicators else { return [language.text(.indicatorsNotComputedYet)] }
        let sums: [String: any TextArgument] = ["eCompleted": indicators.eCompleted, "eStarted": indicators.eStarted,
                                                "allStarted": indicators.allStarted]
        return [
            language.text(record.indicatorsStale ? .indicatorsHeadingStale : .indicatorsHeading),
            TextTable.fields([
                (.indicatorSuccess, describe(indicators.success, Message(.successInputs, sums))),
                (.indicatorUsage, describe(indicators.usage, Message(.usageInputs, sums))),
            ], in: language, indent: "  "),
        ]
    }

    private func describe(_ value: IndicatorValue, _ inputs: Message) -> String {
        switch value {
        case .percent(let percent): language.text(.indicatorPercent, ["percent": percent, "inputs": inputs])
        case .notComputable: language.text(.indicatorNotComputable, ["inputs": inputs])
        case .notApplicable: language.text(.indicatorNotApplicable)
        }
    }
}
