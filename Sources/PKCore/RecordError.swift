/// Why a change to a statistics record was refused by the domain rules.
public enum RecordError: Error, Equatable, Localized {
    case submitted(Service, year: Int)
    case channelNotOnDescription(Channel, service: Service)
    /// `unset` of a channel that is neither on the record nor on its description: nothing to clear.
    case channelNotOnRecord(Channel, service: Service)
    case notAnEService(Service)
    /// `compute` while a channel taken off the description still has counts: they would count in the indicators.
    case countsOffDescription(Channel, service: Service)

    public var message: Message {
        switch self {
        case .submitted(let service, let year):
            Message(CoreText.recordSubmitted, ["code": service.code, "year": year])
        case .channelNotOnDescription(let channel, let service):
            Message(CoreText.channelNotOnDescription, [
                "channel": channel.key, "name": channel.latvianName, "code": service.code,
                "channels": service.channels.map(\.key).joined(separator: ", "),
                "withChannel": (service.channels + [channel]).sorted().map(\.key).joined(separator: " "),
            ])
        case .channelNotOnRecord(let channel, let service):
            Message(CoreText.channelNotOnRecord, ["channel": channel.key, "code": service.code,
                                                  "channels": service.channels.map(\.key).joined(separator: ", ")])
        case .notAnEService(let service): Message(CoreText.notAnEService, ["code": service.code])
        case .countsOffDescription(let channel, let service):
            Message(CoreText.computeWithCountsOffDescription, ["channel": channel.key, "code": service.code])
        }
    }
}

/// Something worth the user's attention that does not stop the change.
public enum RecordWarning: Equatable, Localized {
    case completedExceedsStarted(Channel, ChannelCounts)

    public var message: Message {
        switch self {
        case .completedExceedsStarted(let channel, let counts):
            Message(CoreText.completedExceedsStarted, ["channel": channel.key, "completed": counts.completed, "started": counts.started])
        }
    }
}
