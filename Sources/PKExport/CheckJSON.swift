import PKCore

/// The JSON of `check --json` (SPEC.md section 5): the year and every finding, messages in English.
public enum CheckJSON {
    public static func document(year: Int, findings: [CheckFinding], message: (CheckFinding) -> String) -> String {
        let objects = findings.map { finding in
            "{" + [
                ("code", RecordJSON.string(finding.code)),
                ("severity", RecordJSON.string(finding.severity.rawValue)),
                ("channel", finding.channel.map { RecordJSON.string($0.key) } ?? "null"),
                ("rule", RecordJSON.string(finding.rule.rawValue)),
                ("message", RecordJSON.string(message(finding))),
            ].map { "\(RecordJSON.string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
        }
        let list = objects.isEmpty ? "[]" : "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + "\n]"
        return "{\"year\": \(year), \"findings\": \(list)}"
    }
}
