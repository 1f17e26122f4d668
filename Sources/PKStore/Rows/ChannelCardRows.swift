import PKCore

/// A card's channel rows read the same way by every backend: each selects `contactColumns` from its
/// channels and `hoursColumns` from its working hours, hands the rows here, and takes the cards.
public struct ChannelCardRows {
    public static let contactColumns = "channel, contact"
    public static let hoursColumns = "channel, weekday, opens, closes"

    private var contacts: [Channel: String] = [:]
    private var periods: [Channel: [OpeningPeriod]] = [:]

    public init() {}

    /// A row of `contactColumns`.
    public mutating func readContact(_ row: inout any RowReader) {
        if let channel = Channel(rawValue: row.text()), let contact = row.nextText() { contacts[channel] = contact }
    }

    /// A row of `hoursColumns`; one the schema's checks should have kept out is left out.
    public mutating func readPeriod(_ row: inout any RowReader) {
        guard let channel = Channel(rawValue: row.text()), let day = Weekday(rawValue: row.int()),
              let opens = TimeOfDay(minutes: row.int()), let closes = TimeOfDay(minutes: row.int()),
              let period = OpeningPeriod(day: day, opens: opens, closes: closes) else { return }
        periods[channel, default: []].append(period)
    }

    /// The cards of the description's channels, in the catalogue's order.
    public func cards(of service: Service) -> [ChannelCard] {
        service.channels.map { channel in
            ChannelCard(channel: channel, contact: contacts[channel], hours: WorkingHours(checked: periods[channel] ?? []))
        }
    }
}
