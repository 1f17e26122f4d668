import PKCore

/// The statistics record laid out like the catalogue's maintenance form.
enum RecordForm {
    static func render(_ record: StatisticsRecord, unsaved: Bool) -> String {
        let service = record.service
        var status = record.status == .submitted ? "submitted (read-only)" : "draft"
        if record.id == nil { status = "new, not saved yet" } else if unsaved { status += ", unsaved changes" }
        var lines = [
            "\(service.code) \(service.name) — \(record.year)",
            TextTable.fields([("status", status), ("last updated", record.updated?.latvian ?? "never")]),
            "",
        ]
        let totals = record.totals
        var rows = record.channels.map { channel -> [String] in
            let counts = record.counts[channel]!
            let mark = service.channels.contains(channel) ? "" : " (not on the description)"
            return [channel.latvianName + mark, String(counts.started), String(counts.completed)]
        }
        rows.append(["Kopā (total)", String(totals.started), String(totals.completed)])
        lines.append(TextTable.render(header: ["Kanāls (channel)", "Uzsākti (started)", "Pabeigti (completed)"],
                                      rows: rows, alignments: [.left, .right, .right]))
        lines.append("")
        lines.append(TextTable.fields([
            ("Sūdzības (complaints)", String(record.complaints)),
            ("Kavējumi (delays)", String(record.delays)),
        ]))
        lines.append("")
        lines.append(contentsOf: indicatorLines(record))
        return lines.joined(separator: "\n")
    }

    /// The indicators with the sums they come from, or why there are none.
    static func indicatorLines(_ record: StatisticsRecord) -> [String] {
        guard record.hasEServiceChannel else {
            return ["quality indicators: not applicable (no e-service channel)"]
        }
        guard let indicators = record.indicators else {
            return ["quality indicators: not computed yet (run compute)"]
        }
        var lines = ["quality indicators" + (record.indicatorsStale ? " (out of date: the counts changed since; run compute)" : "")]
        lines.append(TextTable.fields([
            ("  E-pakalpojumu izpildes veiksmīgums (success)",
             describe(indicators.success, "\(indicators.eCompleted) completed ÷ \(indicators.eStarted) started over e-channels")),
            ("  Elektroniskā lietošanas pakāpe (usage)",
             describe(indicators.usage, "\(indicators.eStarted) started over e-channels ÷ \(indicators.allStarted) over all channels")),
        ]))
        return lines
    }

    static func describe(_ value: IndicatorValue, _ inputs: String) -> String {
        switch value {
        case .percent(let percent): "\(percent) %  (\(inputs))"
        case .notComputable: "not computable  (\(inputs))"
        case .notApplicable: "not applicable"
        }
    }
}
