import PKCore

/// The JSON of `compare --json`: each service's two years with the change in requests started, per channel and
/// in total, and the institution's totals. A year without a record is null, and so is the change of a record
/// found in one year only; a percentage is null when the compared year started none.
public enum ComparisonJSON {
    public static func document(_ comparison: YearComparison) -> String {
        let services = comparison.services.map { service in
            "{" + fields([("code", RecordJSON.string(service.service.code)), ("name", RecordJSON.string(service.service.name)),
                          ("only", service.onlyIn.map(String.init) ?? "null")]
                         + years(service.counts, status: (service.previous?.status, service.current?.status), paired: service.onlyIn == nil))
                + "}"
        }
        let list = services.isEmpty ? "[]" : "[\n" + services.map { "  " + $0 }.joined(separator: ",\n") + "\n]"
        return "{\"year\": \(comparison.year), \"against\": \(comparison.against), \"institution\": "
            + RecordJSON.string(comparison.institution.code) + ", \"services\": \(list), \"totals\": {"
            + fields(years(comparison.totals, status: nil, paired: true)) + "}}"
    }

    /// `previous`, `current`, `change`, `percent` and `channels` of two years' counts.
    private static func years(_ counts: ComparedYears, status: (previous: RecordStatus?, current: RecordStatus?)?,
                              paired: Bool) -> [(String, String)] {
        let indicators = counts.indicators, totals = counts.totals
        func year(_ sum: ChannelCounts?, _ status: RecordStatus?, _ indicators: QualityIndicators?) -> String {
            guard let sum else { return "null" }
            return "{" + fields((status.map { [("status", RecordJSON.string($0.rawValue))] } ?? []) + [
                ("started", String(sum.started)), ("completed", String(sum.completed)),
                ("success", indicators?.success.percent?.description ?? "null"),
                ("usage", indicators?.usage.percent?.description ?? "null"),
            ]) + "}"
        }
        let channels = counts.channels.map { channel, counts in
            RecordJSON.string(channel.key) + ": {" + fields([("previous", self.counts(counts.previous)), ("current", self.counts(counts.current))]
                                                            + change(counts, paired: paired)) + "}"
        }
        return [("previous", year(totals.previous, status?.previous, indicators.previous)),
                ("current", year(totals.current, status?.current, indicators.current))]
            + change(totals, paired: paired) + [("channels", "{" + channels.joined(separator: ", ") + "}")]
    }

    /// `change` and `percent`, both null when the two are not a pair.
    private static func change(_ counts: ComparedCounts, paired: Bool) -> [(String, String)] {
        guard paired else { return [("change", "null"), ("percent", "null")] }
        return [("change", String(counts.change)),
                ("percent", counts.percentChange.map { (counts.change < 0 ? "-" : "") + $0.description } ?? "null")]
    }

    private static func counts(_ counts: ChannelCounts?) -> String {
        counts.map { "{\"started\": \($0.started), \"completed\": \($0.completed)}" } ?? "null"
    }

    private static func fields(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(RecordJSON.string($0.0)): \($0.1)" }.joined(separator: ", ")
    }
}
