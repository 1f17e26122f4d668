import PKCore

/// Export rows gathered from a query that joins each record with its channel rows — one row a channel, or
/// one with NULL channel columns for a record without counts — a record's rows adjacent. Each engine
/// selects `list` under these names; the record's own columns are read once, from its first row.
public struct ExportRecordRows {
    public static let columns = [
        "record.id", "record_channel.channel", "record_channel.started", "record_channel.completed",
        "record.year", "institution.code", "service.code", "service.name", "record.status", "record.complaints",
        "record.delays", "record.indicators_computed", "record.success", "record.usage", "record.e_started",
        "record.e_completed", "record.all_started", "record.updated_at",
    ]
    public static let list = columns.joined(separator: ", ")

    private var records: [ExportRecord] = []
    private var current: (id: Int64, record: Partial)?

    public init() {}

    /// Takes one row of the query.
    public mutating func read(_ row: inout any RowReader) {
        let id = row.integer()
        let channel = row.nextText().flatMap(Channel.init(rawValue:))
        let counts = ChannelCounts(started: row.int(), completed: row.int())
        if current?.id != id {
            finishCurrent()
            current = (id, Partial(&row))
        }
        if let channel { current!.record.counts[channel.order] = counts }
    }

    /// The records read, in the query's order.
    public mutating func finish() -> [ExportRecord] {
        finishCurrent()
        return records
    }

    private mutating func finishCurrent() {
        if let current { records.append(current.record.exportRecord) }
        current = nil
    }

    /// A record's own columns, and the counts of the channel rows read so far.
    private struct Partial {
        let year: Int, institutionCode: String, serviceCode: String, serviceName: String, status: RecordStatus
        let complaints: Int, delays: Int, indicators: QualityIndicators?, updated: Timestamp?
        var counts = [ChannelCounts?](repeating: nil, count: Channel.allCases.count)

        init(_ row: inout any RowReader) {
            year = row.int()
            institutionCode = row.text()
            serviceCode = row.text()
            serviceName = row.text()
            status = RecordStatus(rawValue: row.text()) ?? .draft
            complaints = row.int()
            delays = row.int()
            let computed = row.nextBool(), success = row.nextInt(), usage = row.nextInt()
            let eStarted = row.int(), eCompleted = row.int(), allStarted = row.int()
            func value(_ hundredths: Int?) -> IndicatorValue { hundredths.map { .percent(Percent(hundredths: $0)) } ?? .notComputable }
            indicators = computed ? QualityIndicators(success: value(success), usage: value(usage), eStarted: eStarted,
                                                      eCompleted: eCompleted, allStarted: allStarted) : nil
            updated = row.nextText().flatMap(Timestamp.init(iso:))
        }

        var exportRecord: ExportRecord {
            ExportRecord(year: year, institutionCode: institutionCode, serviceCode: serviceCode, serviceName: serviceName,
                         status: status, updated: updated, counts: counts, complaints: complaints, delays: delays,
                         indicators: ExportRecord.current(indicators, counts: counts))
        }
    }
}
