import PKCore

/// The records of a table in the export's columns (SPEC.md sections 4 and 6), read back: the wide layout
/// (a started/completed column pair per channel) or the long one (`Kanāls, Uzsākti, Pabeigti`). Headers
/// are matched ignoring case, diacritics, blanks and order; totals, status, update time and indicators
/// are computed by pks and so ignored.
public struct RecordImportTable {
    let columns: ImportColumns
    let defaultYear: Int
    let today: CalendarDate

    /// The changes the good rows of `table` ask for, and the problems of every other row; a header with
    /// problems gives those alone.
    public static func changes(in table: ReadTable, defaultYear: Int,
                               today: CalendarDate) -> (changes: [RecordChange], problems: [ImportProblem]) {
        guard let header = table.header else { return ([], []) }
        switch ImportColumns.find(in: header) {
        case .refused(let problems): return ([], problems)
        case .imported(let columns):
            return RecordImportTable(columns: columns, defaultYear: defaultYear, today: today).changes(table)
        }
    }

    /// A row with problems still adds the cells it could read, so that the store checks them too (a channel not
    /// on the description): every problem of the table is found in one run, and any problem keeps it all out.
    private func changes(_ table: ReadTable) -> (changes: [RecordChange], problems: [ImportProblem]) {
        let rows = table.body
        var changes: [RecordChange] = []
        changes.reserveCapacity(rows.count)
        var position: [String: Int] = [:]  // year and folded code → index in changes
        position.reserveCapacity(rows.count)
        var problems: [ImportProblem] = []
        for row in rows {
            if let problem = table.alignmentProblem(of: row) { problems.append(problem) }
            let year = self.year(row, &problems)
            let code = row[columns.code].trimmingBlanksAndNewlines
            if code.isEmpty {
                problems.append(ImportProblem(row: row.number, column: columns.name(columns.code),
                                              Message(ImportText.importUnknownService, ["code": code])))
            }
            var change = RecordChange(year: year ?? 0, code: code, rows: [row.number])
            if let long = columns.long {
                readLongRow(row, long, into: &change, &problems)
            } else {
                readWideRow(row, into: &change, &problems)
            }
            guard let year, !code.isEmpty else { continue }
            let key = "\(year) \(TextFolding.fold(code))"
            guard let index = position[key] else {
                position[key] = changes.count
                changes.append(change)
                continue
            }
            if columns.long == nil {
                problems.append(ImportProblem(row: row.number, column: columns.name(columns.code),
                                              Message(ImportText.importDuplicateRecord, ["code": code, "year": year, "first": changes[index].rows[0]])))
            } else if let (channel, cell) = change.counts.first {
                if let earlier = changes[index].counts[channel] {
                    problems.append(ImportProblem(row: row.number, column: cell.column, Message(ImportText.importDuplicateChannel, [
                        "code": code, "year": year, "channel": channel.key, "first": earlier.row])))
                } else {
                    changes[index].counts[channel] = cell
                    changes[index].rows.append(row.number)
                }
            }
        }
        return (changes, problems)
    }

    private func year(_ row: ReadRow, _ problems: inout [ImportProblem]) -> Int? {
        guard let column = columns.year else { return defaultYear }
        let text = row[column].trimmingBlanksAndNewlines
        if let year = ReportingCalendar.year(text, today: today) { return year }
        let years = ReportingCalendar.acceptedYears(today: today)
        problems.append(ImportProblem(row: row.number, column: columns.name(column), Message(ImportText.importInvalidYear, [
            "text": text, "first": years.lowerBound, "last": years.upperBound])))
        return nil
    }

    private func readWideRow(_ row: ReadRow, into change: inout RecordChange, _ problems: inout [ImportProblem]) {
        change.counts.reserveCapacity(columns.channels.count)  // not grown a channel at a time
        for (channel, pair) in columns.channels {
            if let cell = counts(row, started: pair.started, completed: pair.completed, &problems) { change.counts[channel] = cell }
        }
        change.complaints = columns.complaints.flatMap { cell(row, $0, &problems) }
        change.delays = columns.delays.flatMap { cell(row, $0, &problems) }
    }

    private func readLongRow(_ row: ReadRow, _ long: ImportColumns.Long, into change: inout RecordChange,
                             _ problems: inout [ImportProblem]) {
        let channel: Channel
        do {
            channel = try Channel.match(row[long.channel].trimmingBlanksAndNewlines)
        } catch {
            return problems.append(ImportProblem(row: row.number, column: columns.name(long.channel), error))
        }
        // A channel the record refuses is named by the channel's column.
        if let cell = counts(row, started: long.started, completed: long.completed, &problems) {
            change.counts[channel] = ImportedCell(row: cell.row, column: columns.name(long.channel), value: cell.value)
        }
    }

    /// A channel's started and completed cells: both filled, or both empty (which clears the channel).
    private func counts(_ row: ReadRow, started startedColumn: Int, completed completedColumn: Int,
                        _ problems: inout [ImportProblem]) -> ImportedCell<ChannelCounts>? {
        let started = count(row, startedColumn, &problems), completed = count(row, completedColumn, &problems)
        let column = columns.name(startedColumn)
        switch (started, completed) {
        case (.value(let started), .value(let completed)):
            return ImportedCell(row: row.number, column: column, value: ChannelCounts(started: started, completed: completed))
        case (.empty, .empty):
            return ImportedCell(row: row.number, column: column, value: nil)
        case (.empty, .value), (.value, .empty):
            problems.append(ImportProblem(row: row.number, column: columns.name(started == .empty ? startedColumn : completedColumn),
                                          Message(ImportText.importIncompletePair, ["started": column, "completed": columns.name(completedColumn)])))
            return nil
        default:
            return nil
        }
    }

    private enum CountCell: Equatable { case empty, value(Int), bad }

    private func count(_ row: ReadRow, _ column: Int, _ problems: inout [ImportProblem]) -> CountCell {
        let text = row[column].trimmingBlanksAndNewlines
        guard !text.isEmpty else { return .empty }
        do {
            return .value(try Count.parse(text))
        } catch {
            problems.append(ImportProblem(row: row.number, column: columns.name(column), error))
            return .bad
        }
    }

    private func cell(_ row: ReadRow, _ column: Int, _ problems: inout [ImportProblem]) -> ImportedCell<Int>? {
        switch count(row, column, &problems) {
        case .empty: ImportedCell(row: row.number, column: columns.name(column), value: nil)
        case .value(let value): ImportedCell(row: row.number, column: columns.name(column), value: value)
        case .bad: nil
        }
    }
}
