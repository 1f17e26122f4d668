import PKCore

/// How records become rows: `wide` is SPEC.md section 4 (one row per record, every channel's started and
/// completed); `long` is one row per record and channel, for pivot tables.
public enum ExportLayout: String, CaseIterable, Sendable {
    case wide, long
}

/// The records of an export as a table in either layout.
public enum RecordTable {
    /// The wide header of SPEC.md section 4.
    public static var header: [String] {
        ["Gads", "Kods", "Pakalpojums", "Statuss", "Atjaunots"]
            + Channel.allCases.flatMap { ["\($0.latvianName) uzsākti", "\($0.latvianName) pabeigti"] }
            + ["Kopā uzsākti", "Kopā pabeigti", "Sūdzības", "Kavējumi",
               "E-pakalpojumu izpildes veiksmīgums", "Elektroniskā lietošanas pakāpe"]
    }

    /// The long header: one channel's counts per row.
    public static let longHeader = ["Gads", "Kods", "Pakalpojums", "Kanāls", "Uzsākti", "Pabeigti"]

    /// The table of `records`; `institutionColumn` adds `Iestāde` (the institution's code) after `Gads`,
    /// for exports that span institutions.
    public static func table(of records: [StatisticsRecord], title: String, layout: ExportLayout = .wide,
                             institutionColumn: Bool = false) -> ExportTable {
        ExportTable(title: title, header: header(layout: layout, institutionColumn: institutionColumn),
                    rows: rows(of: records, layout: layout, institutionColumn: institutionColumn))
    }

    /// The header of a layout, with `Iestāde` after `Gads` when asked.
    public static func header(layout: ExportLayout, institutionColumn: Bool) -> [String] {
        var header = layout == .wide ? header : longHeader
        if institutionColumn { header.insert("Iestāde", at: 1) }
        return header
    }

    /// The rows of `records` in a layout, with the institution's code after the year when asked.
    public static func rows(of records: [StatisticsRecord], layout: ExportLayout, institutionColumn: Bool) -> [[ExportCell]] {
        var rows: [[ExportCell]] = []
        for record in records {
            for var row in layout == .wide ? [wideRow(record)] : longRows(record) {
                if institutionColumn { row.insert(.text(record.service.institution.code), at: 1) }
                rows.append(row)
            }
        }
        return rows
    }

    static func wideRow(_ record: StatisticsRecord) -> [ExportCell] {
        let totals = record.totals
        var cells: [ExportCell] = [
            .integer(record.year), .text(record.service.code), .text(record.service.name),
            .text(record.status.latvian), record.updated.map(ExportCell.timestamp) ?? .empty,
        ]
        for channel in Channel.allCases {
            if let counts = record.counts[channel] {
                cells += [.integer(counts.started), .integer(counts.completed)]
            } else {
                cells += [.empty, .empty]
            }
        }
        cells += [.integer(totals.started), .integer(totals.completed), .integer(record.complaints), .integer(record.delays)]
        let current = record.indicatorsStale ? nil : record.indicators
        cells += [current?.success, current?.usage].map { $0?.percent.map(ExportCell.percent) ?? .empty }
        return cells
    }

    /// One row per channel on the record, in the catalogue's order.
    static func longRows(_ record: StatisticsRecord) -> [[ExportCell]] {
        record.channels.map { channel in
            let counts = record.counts[channel]!
            return [.integer(record.year), .text(record.service.code), .text(record.service.name),
                    .text(channel.latvianName), .integer(counts.started), .integer(counts.completed)]
        }
    }
}
