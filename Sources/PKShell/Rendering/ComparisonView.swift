import PKCore

/// `compare` as text: one table for every service, so that columns and bars line up throughout. Each service's
/// channels show started/completed of both years, the change in started as a count, in percent and as a bar
/// (`+` growth, `-` decline, one scale for all); its quality indicators follow. Last, the institution's totals.
struct ComparisonView {
    let shell: Interpreter
    let ascii: Bool

    /// A block of the listing: a heading, then one row per channel and the total.
    private struct Block {
        let heading: String
        let counts: ComparedYears
        /// Whether both years have something to compare; a record of one year only shows no change.
        let paired: Bool
    }

    private static let indent = "  "
    /// What stands for a value a year does not have.
    private static let none = "—"

    func render(_ comparison: YearComparison) -> String {
        let blocks = self.blocks(comparison)
        let header = [Self.indent + shell.text(.columnChannel), String(comparison.against), String(comparison.year),
                      shell.text(.columnChange), ""]
        let rows = blocks.map { block in
            block.counts.channels.map { row(Self.indent + $0.channel.key, $0.counts, paired: block.paired) }
                + [row(Self.indent + shell.text(.formTotal), block.counts.totals, paired: block.paired)]
        }
        let alignments: [TextTable.Alignment] = [.left, .right, .right, .right, .right, .left]
        let plain = TextTable.render(header: header, rows: rows.flatMap { $0 }, alignments: Array(alignments.dropLast()))
        // One scale for every channel's change; the sign goes before the bar, totals get none.
        let chart = shell.barChart(beside: TextTable.width(of: plain) + 1, ascii: ascii)
        let changes = blocks.map { block in block.counts.channels.map { block.paired ? $0.counts.change : 0 } + [0] }
        let largest = changes.joined().map(abs).max() ?? 0
        let charted = zip(rows, changes).flatMap { rows, changes in
            zip(rows, changes).map { row, change in
                row + [change == 0 ? "" : (change > 0 ? "+" : "-") + chart.bar(abs(change), of: largest)]
            }
        }
        var lines = TextTable.render(header: header + [""], rows: charted, alignments: alignments)
            .split(separator: "\n").map { String($0.trimmingSuffix(" ")) }[...]
        var output = [shell.text(.compareHeading, ["year": comparison.year, "against": comparison.against,
                                                   "code": comparison.institution.code, "name": comparison.institution.name]),
                      shell.text(.compareLegend), lines.removeFirst()]
        for (block, rows) in zip(blocks, rows) {
            output.append(block.heading)
            output += lines.prefix(rows.count)
            lines = lines.dropFirst(rows.count)
            if block.counts.hasEServiceChannel { output.append(indicators(block.counts)) }
        }
        return output.joined(separator: "\n")
    }

    /// A block for each service, marked when its record is in one year only, then the institution's totals.
    private func blocks(_ comparison: YearComparison) -> [Block] {
        comparison.services.map { service in
            Block(heading: "\(service.service.code) \(shell.text(service.service.name))"
                    + (service.onlyIn.map { " — " + shell.text(.compareOnlyIn, ["year": $0]) } ?? ""),
                  counts: service.counts, paired: service.onlyIn == nil)
        } + [Block(heading: shell.text(.compareTotalsHeading, ["code": comparison.institution.code]),
                   counts: comparison.totals, paired: true)]
    }

    /// The cells of one channel or total: both years' started/completed, the change and its percentage.
    private func row(_ label: String, _ counts: ComparedCounts, paired: Bool) -> [String] {
        func pair(_ counts: ChannelCounts?) -> String { counts.map { "\($0.started)/\($0.completed)" } ?? Self.none }
        guard paired else { return [label, pair(counts.previous), pair(counts.current), "", ""] }
        let change = counts.change, sign = change > 0 ? "+" : change < 0 ? "-" : ""
        let percent = counts.percentChange.map { sign + shell.text(.percentValue, ["percent": $0]) }
            ?? (change > 0 ? shell.text(.compareNew) : Self.none)
        return [label, pair(counts.previous), pair(counts.current), sign + String(abs(change)), percent]
    }

    /// Both quality indicators of each year: `E-service success rate:  100.00% → 102.50%`.
    private func indicators(_ counts: ComparedYears) -> String {
        let (previous, current) = counts.indicators
        func shown(_ value: IndicatorValue?) -> String {
            value?.percent.map { shell.text(.percentValue, ["percent": $0]) } ?? Self.none
        }
        return TextTable.fields([
            (.indicatorSuccess, shell.text(.indicatorChange, ["previous": shown(previous?.success), "current": shown(current?.success)])),
            (.indicatorUsage, shell.text(.indicatorChange, ["previous": shown(previous?.usage), "current": shown(current?.usage)])),
        ], in: shell.language, indent: Self.indent)
    }
}
