import PKCore
@testable import PKStore

extension StoreFixture {
    /// ieva's 2019 record of 015A with the worked example's figures, saved as a draft (indicators computed).
    @discardableResult
    func savedWorkedExample(computed: Bool = true) throws -> StatisticsRecord {
        var record = try store.newDraft(by: ieva, service: "015A", year: 2019)
        _ = try record.set(.eLatvija, ChannelCounts(started: 2378, completed: 2245))
        _ = try record.set(.klatiene, ChannelCounts(started: 2100, completed: 2100))
        try record.setComplaints(4)
        try record.setDelays(10)
        if computed { try record.computeIndicators() }
        return try store.save(by: ieva, record)
    }

    /// The worked example, saved and submitted.
    @discardableResult
    func submittedWorkedExample() throws -> StatisticsRecord {
        try savedWorkedExample()
        return try store.submit(by: ieva, service: "015A", year: 2019)
    }

    /// janis's 2019 draft of 101A with a few figures.
    @discardableResult
    func savedJanisDraft() throws -> StatisticsRecord {
        var record = try store.newDraft(by: janis, service: "101A", year: 2019)
        _ = try record.set(.klatiene, ChannelCounts(started: 5, completed: 5))
        return try store.save(by: janis, record)
    }
}
