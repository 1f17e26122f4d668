/// One service's statistics for one reporting year: counts per channel, complaints, delays, indicators.
public struct StatisticsRecord: Sendable, Equatable {
    /// Nil until the record is first saved.
    public var id: Int64?
    /// The service description as it is now; its channels decide which channels take counts.
    public var service: Service { didSet { settle() } }
    public let year: Int
    public var status: RecordStatus
    /// Counts of the channels on the record, which starts with the channels of the description.
    public private(set) var counts: [Channel: ChannelCounts]
    public private(set) var complaints: Int
    public private(set) var delays: Int
    /// The indicators as last computed while an e-service channel is on the record (they apply to e-services
    /// only); nil when never computed, or when no e-service channel is left.
    public var indicators: QualityIndicators? { hasEServiceChannel ? computedIndicators : nil }
    /// Whether the sums the indicators come from changed after they were computed (never once they no longer apply).
    public var indicatorsStale: Bool {
        guard hasEServiceChannel, let computedIndicators else { return false }
        return !computedIndicators.isCurrent(for: counts)
    }
    private var computedIndicators: QualityIndicators?
    /// When the record was last saved.
    public var updated: Timestamp?
    /// How many times the record has been saved; a save must start from the revision it read.
    public var revision: Int

    public init(id: Int64?, service: Service, year: Int, status: RecordStatus, counts: [Channel: ChannelCounts],
                complaints: Int, delays: Int, indicators: QualityIndicators?, updated: Timestamp?, revision: Int) {
        self.id = id
        self.service = service
        self.year = year
        self.status = status
        self.counts = counts
        self.complaints = complaints
        self.delays = delays
        computedIndicators = indicators
        self.updated = updated
        self.revision = revision
        settle()
    }

    /// A new, unsaved draft with zero counts on every channel of the service's description.
    public static func newDraft(of service: Service, year: Int) -> StatisticsRecord {
        StatisticsRecord(id: nil, service: service, year: year, status: .draft,
                         counts: Dictionary(uniqueKeysWithValues: service.channels.map { ($0, .zero) }),
                         complaints: 0, delays: 0, indicators: nil, updated: nil, revision: 0)
    }

    /// The same record with other counts (whether its indicators are stale follows from them): a record is read
    /// first without its counts, which come from a second query.
    public func with(counts: [Channel: ChannelCounts]) -> StatisticsRecord {
        var record = self
        record.counts = counts
        record.settle()
        return record
    }

    /// The channels with counts, in the catalogue's order.
    public var channels: [Channel] { counts.keys.sorted() }

    /// Sums over all channels (Kopā).
    public var totals: ChannelCounts {
        counts.sum
    }

    /// Whether the record has an e-service channel, so the quality indicators apply.
    public var hasEServiceChannel: Bool { counts.keys.contains(where: \.isEService) }

    /// Sets one channel's counts; warns (does not refuse) when more were completed than started.
    /// A channel taken off the description keeps its counts on a draft until they are cleared: with `unset`,
    /// or by setting them to zero, which takes the channel off the record.
    public mutating func set(_ channel: Channel, _ newCounts: ChannelCounts) throws(RecordError) -> [RecordWarning] {
        try requireDraft()
        guard service.channels.contains(channel) else {
            guard newCounts == .zero, counts[channel] != nil else { throw .channelNotOnDescription(channel, service: service) }
            try unset(channel)
            return []
        }
        change(channel, to: newCounts)
        return newCounts.completed > newCounts.started ? [.completedExceedsStarted(channel, newCounts)] : []
    }

    /// Takes the counts, complaints and delays of another year's record of the service; returns the
    /// channels of that record no longer on the description, which are left out.
    public mutating func start(from source: StatisticsRecord) throws(RecordError) -> [Channel] {
        var dropped: [Channel] = []
        for channel in source.channels {
            guard service.channels.contains(channel) else {
                dropped.append(channel)
                continue
            }
            _ = try set(channel, source.counts[channel]!)
        }
        try setComplaints(source.complaints)
        try setDelays(source.delays)
        return dropped
    }

    /// Clears one channel's counts: a channel of the description back to zero, one no longer on it off the record.
    public mutating func unset(_ channel: Channel) throws(RecordError) {
        try requireDraft()
        if service.channels.contains(channel) { return change(channel, to: .zero) }
        guard counts[channel] != nil else { throw .channelNotOnRecord(channel, service: service) }
        change(channel, to: nil)
    }

    /// Whether the record has counts on a channel that is no longer on the description.
    public func isOffDescription(_ channel: Channel) -> Bool { counts[channel] != nil && !service.channels.contains(channel) }

    private mutating func change(_ channel: Channel, to newCounts: ChannelCounts?) {
        guard counts[channel] != newCounts else { return }
        counts[channel] = newCounts
        settle()
    }

    /// A channel taken off the description keeps only counts that were entered: its zeros were the
    /// description's, not counts.
    private mutating func settle() {
        if counts.contains(where: { $0.value == .zero && !service.channels.contains($0.key) }) {
            counts = counts.filter { $0.value != .zero || service.channels.contains($0.key) }
        }
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
        if let off = channels.first(where: isOffDescription) { throw .countsOffDescription(off, service: service) }
        let computed = QualityIndicators.compute(from: counts)
        computedIndicators = computed
        return computed
    }

    private func requireDraft() throws(RecordError) {
        if status == .submitted { throw .submitted(service, year: year) }
    }
}
