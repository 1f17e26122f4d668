/// One record as exports write it: the values of its row, without the service description, institution
/// and channel dictionary a `StatisticsRecord` carries. Exports read these straight from one query.
public struct ExportRecord: Sendable, Equatable {
    public let year: Int
    public let institutionCode: String
    public let serviceCode: String
    public let serviceName: String
    public let status: RecordStatus
    public let updated: Timestamp?
    /// Counts per channel in the catalogue's order (`Channel.inOrder`); nil where the record has none.
    public let counts: [ChannelCounts?]
    public let complaints: Int
    public let delays: Int
    /// The quality indicators when computed and still current (not stale); nil otherwise, or not computable.
    public let success: Percent?
    public let usage: Percent?

    /// A record's row; `indicators` are the current ones (nil when never computed or stale), left out when no
    /// e-service channel has counts, where they do not apply.
    public init(year: Int, institutionCode: String, serviceCode: String, serviceName: String, status: RecordStatus,
                updated: Timestamp?, counts: [ChannelCounts?], complaints: Int, delays: Int, indicators: QualityIndicators?) {
        self.year = year
        self.institutionCode = institutionCode
        self.serviceCode = serviceCode
        self.serviceName = serviceName
        self.status = status
        self.updated = updated
        self.counts = counts
        self.complaints = complaints
        self.delays = delays
        let applies = Self.eServicePlaces.contains { counts[$0] != nil }
        success = applies ? indicators?.success.percent : nil
        usage = applies ? indicators?.usage.percent : nil
    }

    /// The row of a record read whole.
    public init(_ record: StatisticsRecord) {
        self.init(year: record.year, institutionCode: record.service.institution.code, serviceCode: record.service.code,
                  serviceName: record.service.name, status: record.status, updated: record.updated,
                  counts: Channel.inOrder.map { record.counts[$0] }, complaints: record.complaints, delays: record.delays,
                  indicators: record.indicatorsStale ? nil : record.indicators)
    }

    /// The places of the e-service channels in `counts`.
    private static let eServicePlaces = Channel.inOrder.indices.filter { Channel.inOrder[$0].isEService }

    /// Sums over all channels (Kopā).
    public var totals: ChannelCounts { counts.reduce(.zero) { $0 + ($1 ?? .zero) } }

    /// The channels with counts, in the catalogue's order, with their counts.
    public var channelCounts: [(Channel, ChannelCounts)] { Self.channelCounts(counts) }

    /// The channels with counts in `counts` (in the catalogue's order), with their counts. An array, not a
    /// lazy sequence: handed to the generic `isCurrent` of another module, a lazy sequence went through
    /// unspecialised witness calls that took 44% of an export's CPU time.
    public static func channelCounts(_ counts: [ChannelCounts?]) -> [(Channel, ChannelCounts)] {
        zip(Channel.inOrder, counts).compactMap { channel, counts in counts.map { (channel, $0) } }
    }
}
