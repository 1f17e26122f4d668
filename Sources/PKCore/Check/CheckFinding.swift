/// A record for `check`, with what its rules compare it with.
public struct CheckSubject: Sendable {
    public let record: StatisticsRecord
    /// The service's submitted record of the year before, if there is one.
    public let previous: StatisticsRecord?
    /// Whether the record is open in the shell with unsaved changes.
    public let unsaved: Bool

    public init(_ record: StatisticsRecord, previous: StatisticsRecord? = nil, unsaved: Bool = false) {
        self.record = record
        self.previous = previous
        self.unsaved = unsaved
    }
}

/// One rule that holds for one record, on one channel or on the record as a whole.
public struct CheckFinding: Sendable, Equatable, Localized {
    public let rule: CheckRule
    public let code: String
    public let channel: Channel?
    /// The rule's message with this record's figures.
    public let message: Message

    public init(_ rule: CheckRule, code: String, channel: Channel? = nil, _ arguments: [String: any TextArgument] = [:]) {
        self.rule = rule
        self.code = code
        self.channel = channel
        var arguments = arguments
        if let channel { arguments["channel"] = channel.key }
        message = Message(rule, arguments)
    }

    public var severity: CheckSeverity { rule.severity }
    public var isError: Bool { severity == .error }

    /// Findings are equal when the same rule holds for the same record and channel (their figures follow).
    public static func == (lhs: CheckFinding, rhs: CheckFinding) -> Bool {
        lhs.rule == rhs.rule && lhs.code == rhs.code && lhs.channel == rhs.channel
    }
}
