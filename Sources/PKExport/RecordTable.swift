import PKCore

/// The export layout of SPEC.md section 4: one row per record, every channel's started and completed.
public enum RecordTable {
    public static var header: [String] {
        ["Gads", "Kods", "Pakalpojums", "Statuss", "Atjaunots"]
            + Channel.allCases.flatMap { ["\($0.latvianName) uzsākti", "\($0.latvianName) pabeigti"] }
            + ["Kopā uzsākti", "Kopā pabeigti", "Sūdzības", "Kavējumi",
               "E-pakalpojumu izpildes veiksmīgums", "Elektroniskā lietošanas pakāpe"]
    }

    public static func table(of records: [StatisticsRecord]) -> ExportTable {
        ExportTable(header: header, rows: records.map(row))
    }

    static func row(_ record: StatisticsRecord) -> [ExportCell] {
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
}
