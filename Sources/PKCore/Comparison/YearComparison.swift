/// One service's records of two years side by side; a record may be missing in either year.
public struct ServiceComparison: Sendable {
    public let service: Service
    public let previous: StatisticsRecord?
    public let current: StatisticsRecord?

    public var counts: ComparedYears { ComparedYears(previous: previous?.counts, current: current?.counts) }

    /// The one year that has a record, when the other has none.
    public var onlyIn: Int? {
        switch (previous, current) {
        case (let record?, nil), (nil, let record?): record.year
        default: nil
        }
    }
}

/// An institution's records of the current year against another year's, service by service, and the
/// institution's sums per channel over each year's records.
public struct YearComparison: Sendable {
    public let institution: Institution
    /// The current (reporting) year.
    public let year: Int
    /// The year it is compared with.
    public let against: Int
    /// By service code; services with a record in either year.
    public let services: [ServiceComparison]

    /// Pairs the records of the two years by service.
    public init(institution: Institution, year: Int, current: [StatisticsRecord], against: Int, previous: [StatisticsRecord]) {
        self.institution = institution
        self.year = year
        self.against = against
        let now = Dictionary(current.map { ($0.service.id, $0) }, uniquingKeysWith: { first, _ in first })
        let before = Dictionary(previous.map { ($0.service.id, $0) }, uniquingKeysWith: { first, _ in first })
        services = Set(now.keys).union(before.keys).map { id in
            ServiceComparison(service: (now[id] ?? before[id]!).service, previous: before[id], current: now[id])
        }.sorted { $0.service.code < $1.service.code }
    }

    /// The institution's sums per channel over every record of each year (nil for a year without records).
    public var totals: ComparedYears {
        func sums(_ records: [StatisticsRecord]) -> [Channel: ChannelCounts]? {
            records.isEmpty ? nil : records.reduce(into: [:]) { sums, record in
                sums.merge(record.counts, uniquingKeysWith: +)
            }
        }
        return ComparedYears(previous: sums(services.compactMap(\.previous)), current: sums(services.compactMap(\.current)))
    }
}
