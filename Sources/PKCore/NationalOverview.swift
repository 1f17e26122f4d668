/// How far one institution is with a year's statistics.
public struct InstitutionProgress: Sendable, Equatable {
    public let institution: Institution
    /// Published services, which take statistics.
    public let published: Int
    public let records: Int
    public let submitted: Int
    /// Published services without a record for the year.
    public let missing: Int

    public init(institution: Institution, published: Int, records: Int, submitted: Int, missing: Int) {
        self.institution = institution
        self.published = published
        self.records = records
        self.submitted = submitted
        self.missing = missing
    }

    public var drafts: Int { records - submitted }
    /// What the institution still owes: drafts to submit and records not yet started.
    public var outstanding: Int { drafts + missing }
}

/// A year across the country: every institution's progress, and the channels' totals over submitted records.
public struct NationalOverview: Sendable {
    public let year: Int
    /// Those that owe the most first, then by code: what needs chasing comes first.
    public let institutions: [InstitutionProgress]
    /// Sums per channel over the year's submitted records.
    public let channels: [Channel: ChannelCounts]

    public init(year: Int, institutions: [InstitutionProgress], channels: [Channel: ChannelCounts]) {
        self.year = year
        self.institutions = institutions.sorted { ($1.outstanding, $0.institution.code) < ($0.outstanding, $1.institution.code) }
        self.channels = channels
    }

    /// The national electronic usage degree over submitted records, whether or not any of them is an e-service
    /// (none electronic: 0.00); nil when nothing was started.
    public var usage: Percent? {
        let started = channels.values.reduce(0) { $0 + $1.started }
        return Percent(numerator: channels.filter(\.key.isEService).values.reduce(0) { $0 + $1.started }, denominator: started)
    }

    /// Each channel's share of all requests started, in the catalogue's order.
    public var shares: [(channel: Channel, share: Percent)] {
        let all = channels.values.reduce(0) { $0 + $1.started }
        return channels.keys.sorted().compactMap { channel in
            Percent(numerator: channels[channel]!.started, denominator: all).map { (channel, $0) }
        }
    }
}
