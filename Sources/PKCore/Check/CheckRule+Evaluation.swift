/// Where each rule of `check` holds.
extension CheckRule {
    /// Every rule's findings for one record, errors first.
    public static func findings(for subject: CheckSubject) -> [CheckFinding] {
        allCases.flatMap { $0.findings(for: subject) }
    }

    /// A change from the year before is worth a warning only on a channel with at least this many requests.
    static let changeThreshold = 100
    /// … and when it is more than this many times as many, or this many times fewer.
    static let changeFactor = 3

    /// Where this rule holds for one record.
    func findings(for subject: CheckSubject) -> [CheckFinding] {
        let record = subject.record, counts = record.counts, totals = record.totals
        let described = record.service.channels
        let isAllZero = totals == .zero && record.complaints == 0 && record.delays == 0
        func found(_ holds: Bool, _ arguments: [String: any TextArgument] = [:]) -> [CheckFinding] {
            holds ? [CheckFinding(self, code: record.service.code, arguments)] : []
        }
        func onChannels(_ channels: [Channel], _ arguments: (Channel) -> [String: any TextArgument] = { _ in [:] }) -> [CheckFinding] {
            channels.sorted().map { CheckFinding(self, code: record.service.code, channel: $0, arguments($0)) }
        }
        let offDescription = record.channels.filter(record.isOffDescription)
        // What blocks a submission applies to drafts; a submitted record is only reported on.
        let isDraft = record.status == .draft
        switch self {
        case .channelNotOnDescription:
            return isDraft ? onChannels(offDescription) : []
        case .channelOffDescriptionSinceSubmission:
            return isDraft ? [] : onChannels(offDescription)
        case .indicatorsStale:
            return found(isDraft && record.indicators.map { !$0.isCurrent(for: counts) } ?? false)
        case .indicatorsNotComputed:
            return found(isDraft && record.hasEServiceChannel && record.indicators == nil)
        case .unsavedChanges:
            return found(subject.unsaved)
        case .completedOverStarted:
            return onChannels(record.channels.filter { counts[$0]!.completed > counts[$0]!.started }) {
                ["completed": counts[$0]!.completed, "started": counts[$0]!.started]
            }
        case .totalCompletedOverStarted:
            return found(totals.completed > totals.started, ["completed": totals.completed, "started": totals.started])
        case .successOver100:
            let success = QualityIndicators.compute(from: counts).success.percent
            return found(success.map { $0 > Percent(hundredths: 10_000) } ?? false, ["success": success ?? Percent(hundredths: 0)])
        case .complaintsOverStarted:
            return found(record.complaints > totals.started, ["complaints": record.complaints, "started": totals.started])
        case .delaysOverStarted:
            return found(record.delays > totals.started, ["delays": record.delays, "started": totals.started])
        case .channelEmpty:
            return isAllZero ? [] : onChannels(described.filter { (counts[$0] ?? .zero) == .zero })
        case .changeFromPreviousYear:
            guard let previous = subject.previous else { return [] }
            let changed = described.filter { channel in
                guard let before = previous.counts[channel]?.started else { return false }
                let now = counts[channel]?.started ?? 0
                return max(now, before) >= Self.changeThreshold
                    && (now > before * Self.changeFactor || now * Self.changeFactor < before)
            }
            return onChannels(changed) {
                ["started": counts[$0]?.started ?? 0, "previous": previous.counts[$0]!.started, "previousYear": previous.year]
            }
        case .allZero:
            return found(isAllZero)
        }
    }
}
