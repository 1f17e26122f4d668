/// One value of an imported table and where it stands: its row as a spreadsheet numbers it and its column
/// header as the file writes it. A nil value is an empty cell, which clears what it stands for.
public struct ImportedCell<Value: Sendable & Equatable>: Sendable, Equatable {
    public let row: Int
    public let column: String
    public let value: Value?

    public init(row: Int, column: String, value: Value?) {
        self.row = row
        self.column = column
        self.value = value
    }
}

/// What an imported table says of one service's record of one year: the channels it names (a column
/// pair in the wide layout, a row in the long one), and complaints and delays when it has their columns.
/// What it does not name is left as it is.
public struct RecordChange: Sendable, Equatable {
    public let year: Int
    public let code: String
    /// The rows the values come from: one in the wide layout, one per channel in the long one.
    public var rows: [Int]
    public var counts: [Channel: ImportedCell<ChannelCounts>]
    public var complaints: ImportedCell<Int>?
    public var delays: ImportedCell<Int>?

    public init(year: Int, code: String, rows: [Int], counts: [Channel: ImportedCell<ChannelCounts>] = [:],
                complaints: ImportedCell<Int>? = nil, delays: ImportedCell<Int>? = nil) {
        self.year = year
        self.code = code
        self.rows = rows
        self.counts = counts
        self.complaints = complaints
        self.delays = delays
    }

    /// `record` with this change applied; the problems of cells the record refuses (a new value on a channel
    /// not on the description), each naming its row and column. Indicators are computed again when counts changed.
    public func applied(to record: StatisticsRecord) -> (record: StatisticsRecord, problems: [ImportProblem]) {
        var changed = record
        var problems: [ImportProblem] = []
        for channel in Channel.inOrder {
            // A cell that repeats what the record holds changes nothing: an export imports back even when a
            // channel has since left the description (check asks for that one to be unset).
            guard let cell = counts[channel], cell.value != record.counts[channel] else { continue }
            do {
                if let value = cell.value {
                    _ = try changed.set(channel, value)
                } else if changed.counts[channel] != nil {
                    try changed.unset(channel)  // empty cells of a channel the record does not count clear nothing
                }
            } catch {
                problems.append(ImportProblem(row: cell.row, column: cell.column, error))
            }
        }
        if let complaints { try? changed.setComplaints(complaints.value ?? 0) }
        if let delays { try? changed.setDelays(delays.value ?? 0) }
        if changed.hasEServiceChannel && (changed.counts != record.counts || changed.indicators == nil || changed.indicatorsStale) {
            _ = try? changed.computeIndicators()
        }
        return (changed, problems)
    }

    /// Whether applying the change would alter any value of `record` (a submitted one may only be matched).
    public func alters(_ record: StatisticsRecord) -> Bool {
        counts.contains { channel, cell in record.counts[channel] != cell.value }
            || complaints.map { ($0.value ?? 0) != record.complaints } == true
            || delays.map { ($0.value ?? 0) != record.delays } == true
    }
}
