import PKCore

/// Entering the open record's figures: set, complaints, delays, compute.
extension CommandSpec {
    static let set = CommandSpec(
        "set", group: .statistics, parameters: [.describedChannel, .started, .completed],
        summary: .setSummary, details: .setDetails
    ) { command in
        let arguments = command.arguments, shell = command.shell
        let channel = try Channel.match(arguments.required(.describedChannel))
        let counts = ChannelCounts(started: try arguments.count(.started), completed: try arguments.count(.completed))
        let wasOff = command.session.openRecord?.isOffDescription(channel) == true
        try shell.changeOpenRecord { record in
            for warning in try record.set(channel, counts) { shell.warn(warning.message) }
        }
        if wasOff { return shell.inform(.countsRemoved, ["channel": channel.key]) }
        shell.inform(.countsSet) { ["channel": channel.key, "started": counts.started, "completed": counts.completed] }
    }

    static let unset = CommandSpec(
        "unset", group: .statistics, parameters: [.describedChannel], summary: .unsetSummary, details: .unsetDetails
    ) { command in
        let channel = try Channel.match(command.arguments.required(.describedChannel))
        let wasOff = command.session.openRecord?.isOffDescription(channel) == true
        try command.shell.changeOpenRecord { try $0.unset(channel) }
        command.shell.inform(wasOff ? .countsRemoved : .countsCleared, ["channel": channel.key])
    }

    static let complaints = countField("complaints", alias: "sūdzības", summary: .complaintsSummary, done: .complaintsSet) {
        try $0.setComplaints($1)
    }

    static let delays = countField("delays", alias: "kavējumi", summary: .delaysSummary, done: .delaysSet) {
        try $0.setDelays($1)
    }

    /// A command that sets one whole-number field of the open record (`complaints N`, `delays N`).
    private static func countField(_ name: String, alias: String, summary: HelpText, done: ShellText,
                                   apply: @escaping @Sendable (inout StatisticsRecord, Int) throws -> Void) -> CommandSpec {
        CommandSpec(name, aliases: [alias], group: .statistics, parameters: [.number], summary: summary) { command in
            let value = try command.arguments.count(.number)
            try command.shell.changeOpenRecord { try apply(&$0, value) }
            command.shell.inform(done) { ["n": value] }
        }
    }

    static let compute = CommandSpec(
        "compute", aliases: ["aprēķināt"], group: .statistics, summary: .computeSummary, details: .computeDetails
    ) { command in
        let shell = command.shell
        try shell.changeOpenRecord { try $0.computeIndicators() }
        shell.output(RecordForm(language: shell.language).indicatorLines(try command.session.requireOpenRecord()).joined(separator: "\n"))
    }
}

extension Interpreter {
    /// Applies a change to the open record and marks it unsaved; a refused change leaves it as it was.
    func changeOpenRecord(_ change: (inout StatisticsRecord) throws -> Void) throws {
        var record = try session.requireOpenRecord()
        try change(&record)
        session.open(record, unsaved: true)
    }
}
