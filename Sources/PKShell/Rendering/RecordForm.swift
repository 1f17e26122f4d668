import PKCore

/// The statistics record laid out like the catalogue's maintenance form, in the user's language
/// (channel names are the catalogue's Latvian ones in both).
struct RecordForm {
    let language: Language

    func render(_ record: StatisticsRecord, unsaved: Bool) -> String {
        let service = record.service
        let status: TextKey = record.id == nil ? .formStatusNew
            : record.status == .submitted ? .formStatusSubmitted : unsaved ? .formStatusUnsaved : .formStatusDraft
        var lines = [
            text(.formTitle, ["code": service.code, "name": service.name, "year": record.year]),
            fields([(.formStatus, text(status)), (.formUpdated, record.updated.map(text) ?? text(.formNeverSaved))]),
            "",
        ]
        let totals = record.totals
        var rows = record.channels.map { channel -> [String] in
            let counts = record.counts[channel]!
            let name = service.channels.contains(channel) ? channel.latvianName
                : text(.formNotOnDescription, ["channel": channel.latvianName])
            return [name, String(counts.started), String(counts.completed)]
        }
        rows.append([text(.formTotal), String(totals.started), String(totals.completed)])
        lines.append(TextTable.render(header: [text(.formChannel), text(.formStarted), text(.formCompleted)],
                                      rows: rows, alignments: [.left, .right, .right]))
        lines.append("")
        lines.append(fields([(.formComplaints, String(record.complaints)), (.formDelays, String(record.delays))]))
        lines.append("")
        lines.append(contentsOf: indicatorLines(record))
        return lines.joined(separator: "\n")
    }

    /// The indicators with the sums they come from, or why there are none.
    func indicatorLines(_ record: StatisticsRecord) -> [String] {
        guard record.hasEServiceChannel else { return [text(.indicatorsNotApplicable)] }
        guard let indicators = record.indicators else { return [text(.indicatorsNotComputedYet)] }
        let sums: [String: any TextArgument] = ["eCompleted": indicators.eCompleted, "eStarted": indicators.eStarted,
                                                "allStarted": indicators.allStarted]
        return [
            text(record.indicatorsStale ? .indicatorsHeadingStale : .indicatorsHeading),
            fields([
                (.indicatorSuccess, describe(indicators.success, Message(.successInputs, sums))),
                (.indicatorUsage, describe(indicators.usage, Message(.usageInputs, sums))),
            ], indent: "  "),
        ]
    }

    private func describe(_ value: IndicatorValue, _ inputs: Message) -> String {
        switch value {
        case .percent(let percent): text(.indicatorPercent, ["percent": percent, "inputs": inputs])
        case .notComputable: text(.indicatorNotComputable, ["inputs": inputs])
        case .notApplicable: text(.indicatorNotApplicable)
        }
    }

    private func text(_ key: TextKey, _ arguments: [String: any TextArgument] = [:]) -> String {
        Message(key, arguments).text(in: language)
    }

    private func text(_ value: some TextArgument) -> String { value.text(in: language) }

    private func fields(_ pairs: [(TextKey, String)], indent: String = "") -> String {
        TextTable.fields(pairs.map { (indent + text($0.0), $0.1) })
    }
}
