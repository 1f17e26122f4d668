/// Why a change to a statistics record was refused by the domain rules.
public enum RecordError: Error, Equatable, CustomStringConvertible {
    case submitted(Service, year: Int)
    case channelNotOnDescription(Channel, service: Service)
    case notAnEService(Service)
    case indicatorsNotComputed(Service)
    case indicatorsStale(Service)

    public var description: String {
        switch self {
        case .submitted(let service, let year):
            "the \(year) record of \(service.code) is submitted and can no longer be changed"
        case .channelNotOnDescription(let channel, let service):
            "channel \(channel.key) (\(channel.latvianName)) is not on the description of \(service.code)"
                + " (its channels: \(service.channels.map(\.key).joined(separator: ", ")));"
                + " add it first: service channels \(service.code) \((service.channels + [channel]).sorted().map(\.key).joined(separator: " "))"
        case .notAnEService(let service):
            "\(service.code) has no e-service channel (e-latvija, e-iestade); quality indicators apply to e-services only"
        case .indicatorsNotComputed(let service):
            "the quality indicators of \(service.code) have not been computed: run compute, then save"
        case .indicatorsStale(let service):
            "the counts of \(service.code) changed after the quality indicators were computed: run compute, then save"
        }
    }
}

/// Something worth the user's attention that does not stop the change.
public enum RecordWarning: Equatable, CustomStringConvertible {
    case completedExceedsStarted(Channel, ChannelCounts)

    public var description: String {
        switch self {
        case .completedExceedsStarted(let channel, let counts):
            "\(channel.key): completed (\(counts.completed)) is more than started (\(counts.started)); check the figures"
        }
    }
}
