/// A day of the week, Monday first, as Latvian working hours are written.
public enum Weekday: Int, CaseIterable, Sendable, Comparable, Codable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The Latvian day letter (`P`, `O`, `T`, `C`, `Pk`, `S`, `Sv`): what JSON and the database keep.
    public var letter: String {
        switch self {
        case .monday: "P"
        case .tuesday: "O"
        case .wednesday: "T"
        case .thursday: "C"
        case .friday: "Pk"
        case .saturday: "S"
        case .sunday: "Sv"
        }
    }

    /// The English abbreviation (`Mon` … `Sun`), accepted wherever a day letter is.
    public var englishAbbreviation: String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rawValue - 1]
    }

    /// The day named by a Latvian letter or an English abbreviation or name, case ignored.
    public init?(typed text: String) {
        let folded = text.lowercased()
        let found = Weekday.allCases.first { day in
            folded == day.letter.lowercased() || folded == day.englishAbbreviation.lowercased()
                || folded == day.englishName.lowercased()
        }
        guard let found else { return nil }
        self = found
    }

    /// `Monday` … `Sunday`.
    public var englishName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][rawValue - 1]
    }

    /// `pirmdiena` … `svētdiena`.
    public var latvianName: String {
        ["pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena"][rawValue - 1]
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
