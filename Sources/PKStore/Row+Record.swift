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

    init(row: Row, counts: [Channel: ChannelCounts]) {
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
        let rows = try Row.fetchAll(cached: db, sql: select + " WHERE " + condition + " ORDER BY service.code, record.year",
                                    arguments: arguments)
        guard !rows.isEmpty else { return [] }
        var counts: [Int64: [Channel: ChannelCounts]] = [:]
        let ids = rows.map { $0[0] as Int64 }
        let countRows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT record_id, channel, started, completed FROM record_channel
            WHERE record_id IN (SELECT value FROM json_each(?))
            """), arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
        while let row = try countRows.next() {
            guard let channel = Channel(rawValue: row[1]) else { continue }
            counts[row[0], default: [:]][channel] = ChannelCounts(started: row[2], completed: row[3])
        }
        return rows.map { StatisticsRecord(row: $0, counts: counts[$0[0]] ?? [:]) }
    }

    /// The column values of the record's own row (not its counts).
    var rowArguments: StatementArguments {
        let computed = indicators
        return [status.rawValue, complaints, delays, computed != nil, indicatorsStale,
                computed?.success.percent?.hundredths, computed?.usage.percent?.hundredths,
                computed?.eStarted, computed?.eCompleted, computed?.allStarted]
    }
}
