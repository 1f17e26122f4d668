/// What a service card says about one of its channels: where it is reached and when it is open.
public struct ChannelCard: Sendable, Equatable {
    public let channel: Channel
    /// An address, phone, e-mail or web address; nil until given.
    public var contact: String?
    public var hours: WorkingHours

    public init(channel: Channel, contact: String? = nil, hours: WorkingHours = .none) {
        self.channel = channel
        self.contact = contact
        self.hours = hours
    }
}
