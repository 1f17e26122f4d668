import PKCore

/// Entering the open record's figures: set, complaints, delays, compute.
extension CommandSpec {
    static let set = CommandSpec(
        "set", group: .statistics,
        parameters: [Parameter(.metaChannel, .describedChannel), Parameter(.metaStarted, .count), Parameter(.metaCompleted, .count)],
        summary: .setSummary, details: .setDetails
    ) { shell, arguments in
        let channel = try Channel.match(arguments.required("CHANNEL"))
        let counts = ChannelCounts(started: try arguments.count("STARTED"), completed: try arguments.count("COMPLETED"))
        try shell.changeOpenRecord { record in
            for warning in try record.set(channel, counts) { shell.warn(warning.message) }
        }
        shell.inform(.countsSet, ["channel": channel.key, "started": counts.started, "completed": counts.completed])
    }

    static let complaints = countField("complaints", alias: "sūdzības", summary: .complaintsSummary, done: .complaintsSet) {
        try $0.setComplaints($1)
    }

    static let delays = countField("delays", alias: "kavējumi", summary: .delaysSummary, done: .delaysSet) {
        try $0.setDelays($1)
    }

    /// A command that sets one whole-number field of the open record (`complaints N`, `delays N`).
    private static func countField(_ name: String, alias: String, summary: TextKey, done: TextKey,
                                   apply: @escaping @Sendable (inout StatisticsRecord, Int) throws -> Void) -> CommandSpec {
        CommandSpec(name, aliases: [alias], group: .statistics, parameters: [Parameter(.metaNumber, .count)],
                    summary: summary) { shell, arguments in
            let value = try arguments.count("N")
            try shell.changeOpenRecord { try apply(&$0, value) }
            shell.inform(done, ["n": value])
        }
    }

    static let compute = CommandSpec(
        "compute", aliases: ["aprēķināt"], group: .statistics, summary: .computeSummary, details: .computeDetails
    ) { shell, _ in
        try shell.changeOpenRecord { try $0.computeIndicators() }
        shell.print(RecordForm(language: shell.language).indicatorLines(try shell.session.requireOpenRecord()).joined(separator: "\n"))
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
