/// One service's statistics for one reporting year: counts per channel, complaints, delays, indicators.
public struct StatisticsRecord: Sendable, Equatable {
    /// Nil until the record is first saved.
    public var id: Int64?
    /// The service description as it is now; its channels decide which channels take counts.
    public var service: Service
    public let year: Int
    public var status: RecordStatus
    /// Counts of the channels on the record, which starts with the channels of the description.
    public private(set) var counts: [Channel: ChannelCounts]
    public private(set) var complaints: Int
    public private(set) var delays: Int
    /// The indicators as last computed, or nil when never computed.
    public private(set) var indicators: QualityIndicators?
    /// Whether the sums the indicators come from changed after they were computed.
    public private(set) var indicatorsStale: Bool
    /// When the record was last saved.
    public var updated: Timestamp?
    /// How many times the record has been saved; a save must start from the revision it read.
    public var revision: Int

    public init(id: Int64?, service: Service, year: Int, status: RecordStatus, counts: [Channel: ChannelCounts],
                complaints: Int, delays: Int, indicators: QualityIndicators?, indicatorsStale: Bool,
                updated: Timestamp?, revision: Int) {
        self.id = id
        self.service = service
        self.year = year
        self.status = status
        self.counts = counts
        self.complaints = complaints
        self.delays = delays
        self.indicators = indicators
        self.indicatorsStale = indicatorsStale
        self.updated = updated
        self.revision = revision
    }

    /// A new, unsaved draft with zero counts on every channel of the service's description.
    public static func newDraft(of service: Service, year: Int) -> StatisticsRecord {
        StatisticsRecord(id: nil, service: service, year: year, status: .draft,
                         counts: Dictionary(uniqueKeysWithValues: service.channels.map { ($0, .zero) }),
                         complaints: 0, delays: 0, indicators: nil, indicatorsStale: false,
                         updated: nil, revision: 0)
    }

    /// The channels with counts, in the catalogue's order.
    public var channels: [Channel] { counts.keys.sorted() }

    /// Sums over all channels (Kopā).
    public var totals: ChannelCounts {
        counts.values.reduce(.zero) { ChannelCounts(started: $0.started + $1.started, completed: $0.completed + $1.completed) }
    }

    /// Whether the record has an e-service channel, so the quality indicators apply.
    public var hasEServiceChannel: Bool { counts.keys.contains(where: \.isEService) }

    /// Sets one channel's counts; warns (does not refuse) when more were completed than started.
    public mutating func set(_ channel: Channel, _ newCounts: ChannelCounts) throws(RecordError) -> [RecordWarning] {
        try requireDraft()
        guard service.channels.contains(channel) else {
            throw .channelNotOnDescription(channel, service: service)
        }
        counts[channel] = newCounts
        indicatorsStale = indicators.map { !$0.isCurrent(for: counts) } ?? false
        return newCounts.completed > newCounts.started ? [.completedExceedsStarted(channel, newCounts)] : []
    }

    public mutating func setComplaints(_ value: Int) throws(RecordError) {
        try requireDraft()
        complaints = value
    }

    public mutating func setDelays(_ value: Int) throws(RecordError) {
        try requireDraft()
        delays = value
    }

    /// Computes the quality indicators from the current counts (e-services only).
    @discardableResult
    public mutating func computeIndicators() throws(RecordError) -> QualityIndicators {
        try requireDraft()
        guard hasEServiceChannel else { throw .notAnEService(service) }
        let computed = QualityIndicators.compute(from: counts)
        indicators = computed
        indicatorsStale = false
        return computed
    }

    private func requireDraft() throws(RecordError) {
        if status == .submitted { throw .submitted(service, year: year) }
    }
}
