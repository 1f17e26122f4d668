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
    /// The join's condition on a channel row: counts entered, or a channel of the description (its table in the
    /// schema `tables` names). A channel taken off the description after `add` gave it zeros is then empty in
    /// the export, as it is in the record.
    public static func countsEntered(tables: String) -> String {
        """
        (record_channel.started <> 0 OR record_channel.completed <> 0 OR EXISTS (SELECT 1 FROM \(tables)service_channel \
        WHERE service_channel.service_id = record.service_id AND service_channel.channel = record_channel.channel))
        """
    }

    /// How many records `each` is handed at a time: memory stays flat whatever the institution's size.
    public static let batchSize = 100

    private var batch: [ExportRecord] = []
    private var current: (id: Int64, record: Partial)?
    /// The institution's code of the last record, shared by the next records of the same institution.
    private var institutionCode = ""
    /// The first error of `each`; the rows after it are passed over (a statement is stepped to its end).
    private var failure: (any Error)?

    public init() {}

    /// Takes one row of the query; hands each full batch of records to `each`.
    public mutating func read(_ row: inout any RowReader, _ each: ([ExportRecord]) throws -> Void) {
        guard failure == nil else { return }
        let id = row.integer()
        let channel = row.nextUTF8().flatMap(Channel.order(ofKey:))
        let counts = ChannelCounts(started: row.int(), completed: row.int())
        if current?.id != id {
            finishCurrent()
            if batch.count >= Self.batchSize { hand(each) }
            current = (id, Partial(&row, institutionCode: &institutionCode))
        }
        if let channel { current!.record.counts[channel] = counts }
    }

    /// Hands the records left to `each`; throws the first error `each` threw.
    public mutating func finish(_ each: ([ExportRecord]) throws -> Void) throws {
        if failure == nil {
            finishCurrent()
            if !batch.isEmpty { hand(each) }
        }
        if let failure { throw failure }
    }

    private mutating func finishCurrent() {
        if let current { batch.append(current.record.exportRecord) }
        current = nil
    }

    private mutating func hand(_ each: ([ExportRecord]) throws -> Void) {
        do {
            try each(batch)
        } catch {
            failure = error
        }
        batch.removeAll(keepingCapacity: true)
    }

    /// A record's own columns, and the counts of the channel rows read so far.
    private struct Partial {
        let year: Int, institutionCode: String, serviceCode: String, serviceName: String, status: RecordStatus
        let complaints: Int, delays: Int, indicators: QualityIndicators?, updated: Timestamp?
        var counts = [ChannelCounts?](repeating: nil, count: Channel.inOrder.count)

        /// Reads the record's columns; the institution's code is made a `String` only when it differs from
        /// `lastInstitutionCode`, the status and time are parsed from their bytes.
        init(_ row: inout any RowReader, institutionCode lastInstitutionCode: inout String) {
            year = row.int()
            if let code = row.nextUTF8(), !code.hasSameBytes(as: lastInstitutionCode) {
                lastInstitutionCode = String(decoding: code, as: UTF8.self)
            }
            institutionCode = lastInstitutionCode
            serviceCode = row.text()
            serviceName = row.text()
            status = row.nextUTF8().flatMap(RecordStatus.init(utf8:)) ?? .draft
            complaints = row.int()
            delays = row.int()
            indicators = QualityIndicators.stored(&row)
            updated = row.nextUTF8().flatMap(Timestamp.init(iso:))
        }

        var exportRecord: ExportRecord {
            ExportRecord(year: year, institutionCode: institutionCode, serviceCode: serviceCode, serviceName: serviceName,
                         status: status, updated: updated, counts: counts, complaints: complaints, delays: delays,
                         indicators: indicators.flatMap { $0.isCurrent(forCountsInOrder: counts) ? $0 : nil })
        }
    }
}
