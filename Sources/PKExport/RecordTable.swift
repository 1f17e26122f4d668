import PKCore

/// How records become rows: `wide` is SPEC.md section 4 (one row per record, every channel's started and
/// completed); `long` is one row per record and channel, for pivot tables.
public enum ExportLayout: String, CaseIterable, Sendable {
    case wide, long
}

/// The records of an export as a table in either layout.
public enum RecordTable {
    /// The wide header of SPEC.md section 4.
    public static let header: [String] =
        ["Gads", "Kods", "Pakalpojums", "Statuss", "Atjaunots"]
            + Channel.allCases.flatMap { ["\($0.latvianName) uzsākti", "\($0.latvianName) pabeigti"] }
            + ["Kopā uzsākti", "Kopā pabeigti", "Sūdzības", "Kavējumi",
               "E-pakalpojumu izpildes veiksmīgums", "Elektroniskā lietošanas pakāpe"]

    /// The long header: one channel's counts per row.
    public static let longHeader = ["Gads", "Kods", "Pakalpojums", "Kanāls", "Uzsākti", "Pabeigti"]

    /// The table of `records`; `institutionColumn` adds `Iestāde` (the institution's code) after `Gads`,
    /// for exports that span institutions.
    public static func table(of records: [StatisticsRecord], title: String, layout: ExportLayout = .wide,
                             institutionColumn: Bool = false) -> ExportTable {
        ExportTable(title: title, header: header(layout: layout, institutionColumn: institutionColumn),
                    rows: rows(of: records.map(ExportRecord.init), layout: layout, institutionColumn: institutionColumn))
    }

    /// The header of a layout, with `Iestāde` after `Gads` when asked.
    public static func header(layout: ExportLayout, institutionColumn: Bool) -> [String] {
        var header = layout == .wide ? header : longHeader
        if institutionColumn { header.insert("Iestāde", at: 1) }
        return header
    }

    /// The rows of `records` in a layout, with the institution's code after the year when asked.
    public static func rows(of records: [ExportRecord], layout: ExportLayout, institutionColumn: Bool) -> [[ExportCell]] {
        var rows: [[ExportCell]] = []
        rows.reserveCapacity(records.count)
        for record in records {
            let institution: [ExportCell] = institutionColumn ? [.text(record.institutionCode)] : []
            if layout == .wide {
                rows.append(wideRow(record, institution: institution))
            } else {
                for (channel, counts) in record.channelCounts {
                    rows.append([.integer(record.year)] + institution + [
                        .text(record.serviceCode), .text(record.serviceName), .text(channel.latvianName),
                        .integer(counts.started), .integer(counts.completed),
                    ])
                }
            }
        }
        return rows
    }

    /// One record's wide row, `institution` (its code, or nothing) after the year; cells appended one by one
    /// into a row of the header's length, with no array in between.
    static func wideRow(_ record: ExportRecord, institution: [ExportCell]) -> [ExportCell] {
        var cells: [ExportCell] = []
        cells.reserveCapacity(header.count + institution.count)
        cells.append(.integer(record.year))
        cells.append(contentsOf: institution)
        cells.append(.text(record.serviceCode))
        cells.append(.text(record.serviceName))
        cells.append(.text(record.status.latvian))
        cells.append(record.updated.map(ExportCell.timestamp) ?? .empty)
        for counts in record.counts {
            cells.append(counts.map { .integer($0.started) } ?? .empty)
            cells.append(counts.map { .integer($0.completed) } ?? .empty)
        }
        let totals = record.totals
        cells.append(.integer(totals.started))
        cells.append(.integer(totals.completed))
        cells.append(.integer(record.complaints))
        cells.append(.integer(record.delays))
        cells.append(record.success.map(ExportCell.percent) ?? .empty)
        cells.append(record.usage.map(ExportCell.percent) ?? .empty)
        return cells
    }
}
