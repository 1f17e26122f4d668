/// Reads typed working hours: parts separated by `,` or `;`, each a day or a range of days (`P`, `P-C`,
/// `Mon-Fri`) followed by one or more time spans (`8:30-12:00 12:30-17:00`). Several parts may name the
/// same day (a lunch break: `P 8:30-12:00, P 12:30-17:00`) as long as their spans do not overlap.
enum WorkingHoursParser {
    static func parse(_ text: String) throws(HoursError) -> [OpeningPeriod] {
        var periods: [(period: OpeningPeriod, part: String)] = []
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == ";" })
        if parts.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { return [] }
        for (index, rawPart) in parts.enumerated() {
            let part = trimmed(rawPart)
            guard !part.isEmpty else { throw .emptyPart(number: index + 1) }
            for period in try periodsOfPart(String(part)) {
                if let earlier = periods.first(where: { $0.period.overlaps(period) }) {
                    throw .overlap(String(part), earlier.part, day: period.day)
                }
                periods.append((period, String(part)))
            }
        }
        return periods.map(\.period)
    }

    /// The periods of one part: days, then spans.
    private static func periodsOfPart(_ part: String) throws(HoursError) -> [OpeningPeriod] {
        let normalized = part.replacingDashes()
        guard let firstDigit = normalized.firstIndex(where: \.isNumber) else { throw .missingTime(part) }
        let dayText = normalized[..<firstDigit].filter { !$0.isWhitespace }
        guard !dayText.isEmpty else { throw .missingDays(part) }
        let days = try dayRange(String(dayText), part: part)
        var periods: [OpeningPeriod] = []
        for span in spans(normalized[firstDigit...]) {
            let ends = span.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count == 2, !ends[0].isEmpty, !ends[1].isEmpty else { throw .notASpan(String(span), part) }
            guard let opens = TimeOfDay(typed: ends[0]) else { throw .notATime(String(ends[0]), part) }
            guard let closes = TimeOfDay(typed: ends[1]) else { throw .notATime(String(ends[1]), part) }
            for day in days {
                guard let period = OpeningPeriod(day: day, opens: opens, closes: closes) else {
                    throw .endNotAfterStart(String(span), part)
                }
                periods.append(period)
            }
        }
        return periods
    }

    /// `P`, `P-C` or `Mon-Fri`: the days, which must run forward.
    private static func dayRange(_ text: String, part: String) throws(HoursError) -> [Weekday] {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(ends.count) else { throw .unknownDay(text, part) }
        var days: [Weekday] = []
        for end in ends {
            guard let day = Weekday(typed: String(end)) else { throw .unknownDay(String(end), part) }
            days.append(day)
        }
        guard days[0] <= days[days.count - 1] else { throw .backwardDays(text, part) }
        return Weekday.allCases.filter { (days[0]...days[days.count - 1]).contains($0) }
    }

    /// The spans of a part's time text, separated by blanks; blanks around a dash are part of its span.
    private static func spans(_ text: Substring) -> [Substring] {
        var joined = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            if word.hasPrefix("-") || joined.hasSuffix("-") || joined.isEmpty { joined += word } else { joined += " " + word }
        }
        return joined.split(separator: " ")
    }

    private static func trimmed(_ text: Substring) -> Substring {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text.lastIndex { !$0.isWhitespace }.map(text.index(after:)) ?? start
        return text[start..<end]
    }
}

private extension String {
    /// En and em dashes (which word processors put between times) read as hyphens.
    func replacingDashes() -> String {
        String(map { $0 == "–" || $0 == "—" ? "-" : $0 })
    }
}
