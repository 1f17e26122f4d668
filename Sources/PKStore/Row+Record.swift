import GRDB
import PKCore

/// Reading and writing statistics records as rows.
extension StatisticsRecord {
    static let select = """
        SELECT record.id, record.year, record.status, record.complaints, record.delays,
               record.indicators_computed, record.indicators_stale, record.success, record.usage,
               record.e_started, record.e_completed, record.all_started, record.updated_at, record.revision,
               \(Service.columns)
        FROM record
        JOIN service ON service.id = record.service_id
        JOIN institution ON institution.id = service.institution_id
        """

    /// Where the service's columns start in `select`.
    private static let serviceColumn = 14

    init(row: Columns, counts: [Channel: ChannelCounts]) {
        var indicators: QualityIndicators?
        if row[5] as Bool {
            func value(_ column: Int) -> IndicatorValue {
                (row[column] as Int?).map { .percent(Percent(hundredths: $0)) } ?? .notComputable
            }
            indicators = QualityIndicators(success: value(7), usage: value(8), eStarted: row[9] ?? 0,
                                           eCompleted: row[10] ?? 0, allStarted: row[11] ?? 0)
        }
        self.init(id: row[0], service: Service(row: row, from: Self.serviceColumn), year: row[1],
                  status: RecordStatus(rawValue: row[2]) ?? .draft, counts: counts,
                  complaints: row[3], delays: row[4], indicators: indicators,
                  indicatorsStale: row[6], updated: Timestamp(iso: row[12]), revision: row[13])
    }

    /// Loads the records matching `condition`, with their channel counts, in code order.
    static func fetchAll(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [StatisticsRecord] {
        let records = try db.fetchAll(cached: select + " WHERE " + condition + " ORDER BY service.code, record.year",
                                      arguments: arguments) { StatisticsRecord(row: $0, counts: [:]) }
        guard !records.isEmpty else { return [] }
        var counts: [Int64: [Channel: ChannelCounts]] = [:]
        let countRows = try db.fetchAll(cached: """
            SELECT record_id, channel, started, completed FROM record_channel
            WHERE record_id IN (SELECT value FROM json_each(?))
            """, arguments: ["[" + records.map { String($0.id!) }.joined(separator: ",") + "]"]) { row in
            (record: row[0] as Int64, channel: Channel(rawValue: row[1]), counts: ChannelCounts(started: row[2], completed: row[3]))
        }
        for row in countRows {
            guard let channel = row.channel else { continue }
            counts[row.record, default: [:]][channel] = row.counts
        }
        return records.map { $0.with(counts: counts[$0.id!] ?? [:]) }
    }

    /// The same record with other counts.
    func with(counts: [Channel: ChannelCounts]) -> StatisticsRecord {
        StatisticsRecord(id: id, service: service, year: year, status: status, counts: counts, complaints: complaints,
                         delays: delays, indicators: indicators, indicatorsStale: indicatorsStale, updated: updated,
                         revision: revision)
    }

    /// The column values of the record's own row (not its counts).
    var rowArguments: StatementArguments {
        let computed = indicators
        return [status.rawValue, complaints, delays, computed != nil, indicatorsStale,
                computed?.success.percent?.hundredths, computed?.usage.percent?.hundredths,
                computed?.eStarted, computed?.eCompleted, computed?.allStarted]
    }
}
