import GRDB
import PKCore

/// Reading and writing statistics records as rows.
extension StatisticsRecord {
    static let select = """
        SELECT record.id AS r_id, record.year AS r_year, record.status AS r_status,
               record.complaints AS r_complaints, record.delays AS r_delays,
               record.indicators_computed AS r_computed, record.indicators_stale AS r_stale,
               record.success AS r_success, record.usage AS r_usage, record.e_started AS r_e_started,
               record.e_completed AS r_e_completed, record.all_started AS r_all_started,
               record.updated_at AS r_updated, record.revision AS r_revision,
               service.id, service.code, service.name, service.published_at,
               (SELECT group_concat(channel) FROM service_channel WHERE service_id = service.id) AS channels,
               \(Institution.columns)
        FROM record
        JOIN service ON service.id = record.service_id
        JOIN institution ON institution.id = service.institution_id
        """

    init(row: Row, counts: [Channel: ChannelCounts]) {
        var indicators: QualityIndicators?
        if row["r_computed"] as Bool {
            func value(_ column: String) -> IndicatorValue {
                (row[column] as Int?).map { .percent(Percent(hundredths: $0)) } ?? .notComputable
            }
            indicators = QualityIndicators(success: value("r_success"), usage: value("r_usage"),
                                           eStarted: row["r_e_started"] ?? 0, eCompleted: row["r_e_completed"] ?? 0,
                                           allStarted: row["r_all_started"] ?? 0)
        }
        self.init(id: row["r_id"], service: Service(row: row), year: row["r_year"],
                  status: RecordStatus(rawValue: row["r_status"]) ?? .draft, counts: counts,
                  complaints: row["r_complaints"], delays: row["r_delays"], indicators: indicators,
                  indicatorsStale: row["r_stale"], updated: Timestamp(iso: row["r_updated"]),
                  revision: row["r_revision"])
    }

    /// Loads the records matching `condition`, with their channel counts, in code order.
    static func fetchAll(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [StatisticsRecord] {
        let rows = try Row.fetchAll(db, sql: select + " WHERE " + condition + " ORDER BY service.code, record.year",
                                    arguments: arguments)
        guard !rows.isEmpty else { return [] }
        var counts: [Int64: [Channel: ChannelCounts]] = [:]
        let ids = rows.map { $0["r_id"] as Int64 }
        let countRows = try Row.fetchCursor(db, sql: """
            SELECT record_id, channel, started, completed FROM record_channel
            WHERE record_id IN (SELECT value FROM json_each(?))
            """, arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
        while let row = try countRows.next() {
            guard let channel = Channel(rawValue: row["channel"]) else { continue }
            counts[row["record_id"], default: [:]][channel] = ChannelCounts(started: row["started"], completed: row["completed"])
        }
        return rows.map { StatisticsRecord(row: $0, counts: counts[$0["r_id"]] ?? [:]) }
    }

    /// The column values of the record's own row (not its counts).
    var rowArguments: StatementArguments {
        let computed = indicators
        return [status.rawValue, complaints, delays, computed != nil, indicatorsStale,
                computed?.success.percent?.hundredths, computed?.usage.percent?.hundredths,
                computed?.eStarted, computed?.eCompleted, computed?.allStarted]
    }
}
