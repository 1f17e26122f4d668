import PKCore

/// The JSON of `overview --json` (SPEC.md section 5).
public enum OverviewJSON {
    public static func document(_ overview: NationalOverview) -> String {
        let institutions = overview.institutions.map { progress in
            "{" + [
                ("code", RecordJSON.string(progress.institution.code)), ("name", RecordJSON.string(progress.institution.name)),
                ("published", String(progress.published)), ("records", String(progress.records)),
                ("submitted", String(progress.submitted)), ("drafts", String(progress.drafts)), ("missing", String(progress.missing)),
            ].map { "\(RecordJSON.string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
        }
        let channels = overview.channels.keys.sorted().map { channel in
            let counts = overview.channels[channel]!
            return "\(RecordJSON.string(channel.key)): {\"started\": \(counts.started), \"completed\": \(counts.completed)}"
        }
        return "{\"year\": \(overview.year), \"deadline\": \(RecordJSON.string(ReportingCalendar.deadline(of: overview.year).description)),"
            + " \"institutions\": [\n" + institutions.map { "  " + $0 }.joined(separator: ",\n") + "\n],"
            + " \"channels\": {" + channels.joined(separator: ", ") + "}, \"usage\": \(overview.usage?.description ?? "null")}"
    }
}
