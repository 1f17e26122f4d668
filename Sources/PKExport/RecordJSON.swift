import PKCore

/// The JSON of SPEC.md section 5, keys in the documented order.
public enum RecordJSON {
    /// One record as a single-line object.
    public static func object(_ record: StatisticsRecord) -> String {
        let channels = record.channels.map { channel in
            let counts = record.counts[channel]!
            return "\(string(channel.key)): {\"started\": \(counts.started), \"completed\": \(counts.completed)}"
        }
        let totals = record.totals
        let current = record.indicatorsStale ? nil : record.indicators
        let fields = [
            ("year", String(record.year)),
            ("code", string(record.service.code)),
            ("name", string(record.service.name)),
            ("status", string(record.status.rawValue)),
            ("updated", record.updated.map { string($0.iso) } ?? "null"),
            ("channels", "{" + channels.joined(separator: ", ") + "}"),
            ("started", String(totals.started)),
            ("completed", String(totals.completed)),
            ("complaints", String(record.complaints)),
            ("delays", String(record.delays)),
            ("success", current?.success.percent?.description ?? "null"),
            ("usage", current?.usage.percent?.description ?? "null"),
        ]
        return "{" + fields.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// Records as an array, one object per line.
    public static func array(_ records: [StatisticsRecord]) -> String {
        records.isEmpty ? "[]" : "[\n" + records.map { "  " + object($0) }.joined(separator: ",\n") + "\n]"
    }

    /// A JSON string literal.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
