import PKCore
import PKExport
import PKStore

/// overview: every institution's progress with the year, and the national channel totals (administrators).
extension CommandSpec {
    private static let json = OptionSpec.flag("--json", .jsonObjectOption)
    static let ascii = OptionSpec.flag("--ascii", .asciiOption)

    static let overview = CommandSpec(
        "overview", aliases: ["pārskats"], group: .administration, options: [json, ascii],
        summary: .overviewSummary, details: .overviewDetails, pages: true
    ) { command in
        let shell = command.shell, year = command.session.year
        let overview = try command.store.overview(by: command.principal, year: year)
        if command.arguments.flag(json) { return shell.output(OverviewJSON.document(overview)) }
        shell.output(shell.text(.overviewHeading, ["year": year, "deadline": shell.deadlinePhrase()]))
        let days = ReportingCalendar.daysLeft(for: year, today: shell.configuration.clock.today())
        let header: [ShellText] = [.columnCode, .columnInstitution, .columnPublished, .columnRecords, .columnSubmittedCount,
                                   .columnDrafts, .columnMissing, .columnDeadline]
        func table(nameWidth: Int) -> String {
            shell.table(header: header, rows: overview.institutions.map { progress in
                [progress.institution.code, Self.shortened(progress.institution.name, to: nameWidth), String(progress.published), String(progress.records),
                 String(progress.submitted), String(progress.drafts), String(progress.missing),
                 progress.outstanding > 0 ? shell.text(days > 0 ? .deadlineLeftShort : days == 0 ? .deadlineTodayShort
                    : .deadlineLateShort, ["n": abs(days)]) : progress.records > 0 ? shell.text(.deadlineDone) : "—"]
            }, alignments: [.left, .left, .right, .right, .right, .right, .right, .left])
        }
        let full = table(nameWidth: .max)
        // At a terminal, long names are shortened so that a line fits (the JSON has them whole).
        let excess = shell.console.columns.map { TextTable.width(of: full) - $0 } ?? 0
        let longest = overview.institutions.map { DisplayWidth.of($0.institution.name) }.max() ?? 0
        shell.output(excess > 0 ? table(nameWidth: max(Self.shortestName, longest - excess)) : full)
        shell.output("")
        shell.output(channelTotals(overview, shell: shell, ascii: command.arguments.flag(ascii)))
    }

    /// How short a shortened institution name may become.
    private static let shortestName = 5

    /// `text` cut to `width` columns, ending in `…` when cut.
    private static func shortened(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var kept = ""
        for character in text where DisplayWidth.of(kept + String(character)) < width { kept.append(character) }
        return kept + "…"
    }

    /// The national totals per channel over submitted records, each channel's share drawn as a bar, and the
    /// national electronic usage degree.
    private static func channelTotals(_ overview: NationalOverview, shell: Interpreter, ascii: Bool) -> String {
        guard !overview.channels.isEmpty else { return shell.text(.noSubmittedRecords, ["year": overview.year]) }
        let shares = Dictionary(uniqueKeysWithValues: overview.shares.map { ($0.channel, $0.share) })
        let header: [ShellText] = [.columnChannel, .columnStarted, .columnCompleted, .columnShare]
        var rows = overview.channels.keys.sorted().map { channel in
            [channel.latvianName, String(overview.channels[channel]!.started), String(overview.channels[channel]!.completed),
             shares[channel].map { shell.text(.percentValue, ["percent": $0]) } ?? ""]
        }
        let totals = overview.channels.sum
        rows.append([shell.text(.formTotal), String(totals.started), String(totals.completed), ""])
        let alignments: [TextTable.Alignment] = [.left, .right, .right, .right, .left]
        let plain = shell.table(header: header, rows: rows, alignments: Array(alignments.dropLast()))
        let chart = shell.barChart(beside: TextTable.width(of: plain), ascii: ascii)
        let largest = overview.channels.values.map(\.started).max() ?? 0
        let charted = rows.enumerated().map { index, row in
            row + [index < rows.count - 1 ? chart.bar(Int(row[1]) ?? 0, of: largest) : ""]
        }
        return shell.text(.nationalTotalsHeading, ["year": overview.year]) + "\n"
            + TextTable.render(header: header.map { shell.text($0) } + [""], rows: charted, alignments: alignments)
                .split(separator: "\n").map { $0.trimmingSuffix(" ") }.joined(separator: "\n") + "\n"
            + shell.text(.nationalUsage, ["usage": overview.usage.map { shell.text(.percentValue, ["percent": $0]) } ?? "—"])
    }
}

extension Substring {
    /// The text without the trailing `character`s (an empty last column leaves blanks behind).
    func trimmingSuffix(_ character: Character) -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == character { end = index(before: end) }
        return self[..<end]
    }
}
