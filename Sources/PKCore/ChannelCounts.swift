/// Services started and completed through one channel in a reporting year.
public struct ChannelCounts: Sendable, Equatable, Codable {
    public var started: Int
    public var completed: Int

    public init(started: Int, completed: Int) {
        self.started = started
        self.completed = completed
    }

    public static let zero = ChannelCounts(started: 0, completed: 0)
}
