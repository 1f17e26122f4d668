/// One channel's (or a total's) counts in two years: nil where that year has no record, or the channel was not on it.
public struct ComparedCounts: Sendable, Equatable {
    public let previous: ChannelCounts?
    public let current: ChannelCounts?

    public init(previous: ChannelCounts?, current: ChannelCounts?) {
        self.previous = previous
        self.current = current
    }

    /// Requests started in the current year less those of the compared year (a missing side counts as 0).
    public var change: Int { (current?.started ?? 0) - (previous?.started ?? 0) }

    /// The size of the change as a percentage of the compared year's started, its sign being `change`'s; nil
    /// when that year started none (new, or nothing in either year), never a division by zero.
    public var percentChange: Percent? { Percent(numerator: abs(change), denominator: previous?.started ?? 0) }
}

/// Counts per channel of two years side by side (nil: that year has nothing to compare), with their totals
/// and quality indicators: one service's records, or an institution's sums.
public struct ComparedYears: Sendable, Equatable {
    public let previous: [Channel: ChannelCounts]?
    public let current: [Channel: ChannelCounts]?

    public init(previous: [Channel: ChannelCounts]?, current: [Channel: ChannelCounts]?) {
        self.previous = previous
        self.current = current
    }

    /// Every channel with counts in either year, in the catalogue's order.
    public var channels: [(channel: Channel, counts: ComparedCounts)] {
        Set(Array((previous ?? [:]).keys) + Array((current ?? [:]).keys)).sorted().map { channel in
            (channel, ComparedCounts(previous: previous?[channel], current: current?[channel]))
        }
    }

    /// Sums over all channels of each year.
    public var totals: ComparedCounts {
        ComparedCounts(previous: previous?.sum, current: current?.sum)
    }

    /// Both indicators of each year as `compute` gives them from that year's counts; nil for a year with nothing.
    public var indicators: (previous: QualityIndicators?, current: QualityIndicators?) {
        (previous.map(QualityIndicators.compute), current.map(QualityIndicators.compute))
    }

    /// Whether either year has an e-service channel, so that the indicators apply.
    public var hasEServiceChannel: Bool { channels.contains { $0.channel.isEService } }
}
