/// The working hours of one channel of a service: opening periods per day of the week, none overlapping.
/// Typed as `P-C 8:30-17:00, Pk 8:30-15:00` (see `WorkingHoursParser`); kept as the periods themselves.
public struct WorkingHours: Sendable, Equatable {
    /// Every period, by day and opening time.
    public let periods: [OpeningPeriod]

    /// No hours given.
    public static let none = WorkingHours(checked: [])

    /// Hours from periods already known not to overlap (as the database keeps them).
    public init(checked periods: [OpeningPeriod]) {
        self.periods = periods.sorted()
    }

    /// Parses typed hours; `""` is no hours. Throws an error naming the part that is wrong.
    public init(typed text: String) throws(HoursError) {
        self.init(checked: try WorkingHoursParser.parse(text))
    }

    public var isEmpty: Bool { periods.isEmpty }

    /// The periods of one day, earliest first.
    public func periods(on day: Weekday) -> [OpeningPeriod] { periods.filter { $0.day == day } }

    /// Days that share the same opening and closing time, together: what JSON lists, earliest day first.
    public var groups: [HoursGroup] {
        var byTimes: [HoursGroup] = []
        for period in periods {
            if let index = byTimes.firstIndex(where: { $0.opens == period.opens && $0.closes == period.closes }) {
                byTimes[index].days.append(period.day)
            } else {
                byTimes.append(HoursGroup(days: [period.day], opens: period.opens, closes: period.closes))
            }
        }
        return byTimes.sorted { ($0.days[0], $0.opens) < ($1.days[0], $1.opens) }
    }

    /// The hours as they are typed, day letters in Latvian: `P-C 08:30-17:00, Pk 08:30-15:00`; `""` for none.
    public var typedForm: String {
        groups.flatMap { group in
            group.dayRuns.map { run in
                let days = run.count == 1 ? run[0].letter : "\(run[0].letter)-\(run[run.count - 1].letter)"
                return "\(days) \(group.opens)-\(group.closes)"
            }
        }.joined(separator: ", ")
    }
}

/// Days open at the same times (`P O T C 08:30–17:00`).
public struct HoursGroup: Sendable, Equatable {
    public var days: [Weekday]
    public let opens: TimeOfDay
    public let closes: TimeOfDay

    /// The days split into runs of consecutive days (`P O T` and `Pk`), each written as a range.
    public var dayRuns: [[Weekday]] {
        var runs: [[Weekday]] = []
        for day in days {
            if let last = runs.last?.last, last.rawValue + 1 == day.rawValue {
                runs[runs.count - 1].append(day)
            } else {
                runs.append([day])
            }
        }
        return runs
    }
}
