import PKCore

/// Entering the open record's figures: set, complaints, delays, compute.
extension CommandSpec {
    static let set = CommandSpec(
        "set", group: .statistics,
        parameters: [Parameter("CHANNEL", .describedChannel), Parameter("STARTED", .count), Parameter("COMPLETED", .count)],
        summary: "counts of one channel of the open record",
        details: "CHANNEL is a key (e-latvija), a Latvian name (\"Klātiene iestādē\", case and diacritics ignored) or a unique prefix; it must be on the service's description. Counts are whole numbers from 0 to 1 000 000 000."
    ) { shell, arguments in
        let channel = try Channel.match(arguments.required("CHANNEL"))
        let counts = ChannelCounts(started: try arguments.count("STARTED"), completed: try arguments.count("COMPLETED"))
        try shell.changeOpenRecord { record in
            for warning in try record.set(channel, counts) { shell.warn(warning.description) }
        }
        shell.inform("\(channel.key): started \(counts.started), completed \(counts.completed)")
    }

    static let complaints = countField("complaints", summary: "number of complaints (Sūdzības) of the open record") {
        try $0.setComplaints($1)
    }

    static let delays = countField("delays", summary: "number of delays (Kavējumi) of the open record") {
        try $0.setDelays($1)
    }

    /// A command that sets one whole-number field of the open record (`complaints N`, `delays N`).
    private static func countField(_ name: String, summary: String,
                                   apply: @escaping @Sendable (inout StatisticsRecord, Int) throws -> Void) -> CommandSpec {
        CommandSpec(name, group: .statistics, parameters: [Parameter("N", .count)], summary: summary) { shell, arguments in
            let value = try arguments.count("N")
            try shell.changeOpenRecord { try apply(&$0, value) }
            shell.inform("\(name): \(value)")
        }
    }

    static let compute = CommandSpec(
        "compute", group: .statistics,
        summary: "compute the quality indicators of the open record (e-services only)",
        details: "success = 100 × completed ÷ started over the e-service channels; usage = 100 × started over e-service channels ÷ started over all channels. Save afterwards."
    ) { shell, _ in
        try shell.changeOpenRecord { try $0.computeIndicators() }
        shell.print(RecordForm.indicatorLines(try shell.session.requireOpenRecord()).joined(separator: "\n"))
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
