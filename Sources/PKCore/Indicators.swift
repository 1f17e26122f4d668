/// A percentage held exactly in hundredths of a percent (94.41 % is 9441), so rounding happens once.
public struct Percent: Sendable, Equatable, Comparable, CustomStringConvertible {
    public let hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }

    /// 100 × numerator ÷ denominator rounded half up to two decimals; nil when the denominator is zero.
    public init?(numerator: Int, denominator: Int) {
        guard denominator > 0, numerator >= 0 else { return nil }
        hundredths = (numerator * 10_000 * 2 + denominator) / (denominator * 2)
    }

    /// Two decimals with a point: `94.41`, `53.10`.
    public var description: String {
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public static func < (lhs: Percent, rhs: Percent) -> Bool { lhs.hundredths < rhs.hundredths }
}

/// One quality indicator's value.
public enum IndicatorValue: Sendable, Equatable {
    /// The record has no e-service channel.
    case notApplicable
    /// The denominator is zero.
    case notComputable
    case percent(Percent)

    public var percent: Percent? {
        if case .percent(let value) = self { value } else { nil }
    }
}

/// The two quality indicators of an e-service record, with the sums they were computed from.
public struct QualityIndicators: Sendable, Equatable {
    /// E-pakalpojumu izpildes veiksmīgums: 100 × completed over e-channels ÷ started over e-channels.
    public let success: IndicatorValue
    /// Elektroniskā lietošanas pakāpe: 100 × started over e-channels ÷ started over all channels.
    public let usage: IndicatorValue
    public let eStarted: Int
    public let eCompleted: Int
    public let allStarted: Int

    public init(success: IndicatorValue, usage: IndicatorValue, eStarted: Int, eCompleted: Int, allStarted: Int) {
        self.success = success
        self.usage = usage
        self.eStarted = eStarted
        self.eCompleted = eCompleted
        self.allStarted = allStarted
    }

    /// Computes both indicators from a record's channel counts (DOMAIN.md step 6).
    public static func compute(from counts: [Channel: ChannelCounts]) -> QualityIndicators {
        let eCounts = counts.filter { $0.key.isEService }.map(\.value)
        let eStarted = eCounts.reduce(0) { $0 + $1.started }
        let eCompleted = eCounts.reduce(0) { $0 + $1.completed }
        let allStarted = counts.values.reduce(0) { $0 + $1.started }
        guard counts.keys.contains(where: \.isEService) else {
            return QualityIndicators(success: .notApplicable, usage: .notApplicable,
                                     eStarted: 0, eCompleted: 0, allStarted: allStarted)
        }
        func value(_ numerator: Int, _ denominator: Int) -> IndicatorValue {
            Percent(numerator: numerator, denominator: denominator).map(IndicatorValue.percent) ?? .notComputable
        }
        return QualityIndicators(success: value(eCompleted, eStarted), usage: value(eStarted, allStarted),
                                 eStarted: eStarted, eCompleted: eCompleted, allStarted: allStarted)
    }
}

extension QualityIndicators {
    /// Whether these indicators are what the counts give now: the sums they come from are unchanged
    /// (a channel's completed count outside the e-channels changes neither).
    public func isCurrent(for counts: [Channel: ChannelCounts]) -> Bool {
        isCurrent(for: counts.lazy.map { ($0.key, $0.value) })
    }

    /// The same, for counts in the catalogue's order (`Channel.inOrder`), nil where a channel has none:
    /// an export checks every record's indicators, with no pairs of channel and counts made.
    public func isCurrent(forCountsInOrder counts: [ChannelCounts?]) -> Bool {
        isCurrent(for: zip(Channel.inOrder, counts).lazy.compactMap { channel, counts in counts.map { (channel, $0) } })
    }

    /// The same, for counts listed channel by channel.
    public func isCurrent(for counts: some Sequence<(Channel, ChannelCounts)>) -> Bool {
        var eStarted = 0, eCompleted = 0, allStarted = 0
        for (channel, counts) in counts {
            allStarted += counts.started
            if channel.isEService {
                eStarted += counts.started
                eCompleted += counts.completed
            }
        }
        return eStarted == self.eStarted && eCompleted == self.eCompleted && allStarted == self.allStarted
    }
}
