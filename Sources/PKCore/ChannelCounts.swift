/// Services started and completed through one channel in a reporting year.
public struct ChannelCounts: Sendable, Equatable, Codable {
    public var started: Int
    public var completed: Int

    public init(started: Int, completed: Int) {
        self.started = started
        self.completed = completed
    }

    public static let zero = ChannelCounts(started: 0, completed: 0)

    /// Started and completed added up.
    public static func + (lhs: ChannelCounts, rhs: ChannelCounts) -> ChannelCounts {
        ChannelCounts(started: lhs.started + rhs.started, completed: lhs.completed + rhs.completed)
    }
}

extension Dictionary where Key == Channel, Value == ChannelCounts {
    /// Started and completed summed over the channels.
    public var sum: ChannelCounts { values.reduce(.zero, +) }
}
