import PKCore

/// Where the columns of a record import are: SPEC.md section 4's wide header, or the long layout's.
struct ImportColumns {
    struct Pair { let started: Int, completed: Int }
    struct Long { let channel: Int, started: Int, completed: Int }

    private enum Role: Hashable {
        case year, code, ignored(String), started(Channel), completed(Channel), complaints, delays
        case longChannel, longStarted, longCompleted
    }

    private let header: TableHeader<Role>
    let year: Int?
    let code: Int
    let channels: [(Channel, Pair)]
    let complaints: Int?
    let delays: Int?
    let long: Long?

    func name(_ column: Int) -> String { header.name(column) }

    static func find(in row: ReadRow) -> ImportOutcome<ImportColumns> {
        switch TableHeader.match(row, known: known, required: [(.code, "Kods")]) {
        case .refused(let problems): return .refused(problems)
        case .imported(let header): return ImportColumns.checked(header)
        }
    }

    /// The layout the header shows: long when it has `Kanāls`, with all three long columns and no pair.
    private static func checked(_ header: TableHeader<Role>) -> ImportOutcome<ImportColumns> {
        let roles = header.roles, row = header.row.number
        var channels: [(Channel, Pair)] = []
        var problems: [ImportProblem] = []
        for channel in Channel.allCases {
            switch (roles[.started(channel)], roles[.completed(channel)]) {
            case (let started?, let completed?): channels.append((channel, Pair(started: started, completed: completed)))
            case (let one?, nil), (nil, let one?):
                problems.append(ImportProblem(row: row, column: header.name(one), Message(ImportText.importUnpairedColumn, [
                    "started": "\(channel.latvianName) uzsākti", "completed": "\(channel.latvianName) pabeigti"])))
            case (nil, nil): break
            }
        }
        var long: Long?
        let longRoles = [roles[.longChannel], roles[.longStarted], roles[.longCompleted]]
        if longRoles.contains(where: { $0 != nil }) {
            if let channel = longRoles[0], let started = longRoles[1], let completed = longRoles[2],
               channels.isEmpty, roles[.complaints] == nil, roles[.delays] == nil {
                long = Long(channel: channel, started: started, completed: completed)
            } else {
                problems.append(ImportProblem(row: row, column: nil, Message(ImportText.importMixedLayouts)))
            }
        }
        guard problems.isEmpty else { return .refused(problems) }
        return .imported(ImportColumns(header: header, year: roles[.year], code: roles[.code]!, channels: channels,
                                       complaints: roles[.complaints], delays: roles[.delays], long: long))
    }

    /// Every header an import knows, folded, with its role: a channel by its Latvian name or its key.
    private static let known: [String: Role] = {
        var known: [String: Role] = ["gads": .year, "kods": .code, "sudzibas": .complaints, "kavejumi": .delays,
                                     "kanals": .longChannel, "uzsakti": .longStarted, "pabeigti": .longCompleted]
        for ignored in ["Pakalpojums", "Statuss", "Atjaunots", "Iestāde", "Kopā uzsākti", "Kopā pabeigti",
                        "E-pakalpojumu izpildes veiksmīgums", "Elektroniskā lietošanas pakāpe"] {
            known[TableHeader<Role>.fold(ignored)] = .ignored(ignored)
        }
        for channel in Channel.allCases {
            for name in [channel.latvianName, channel.key] {
                known[TableHeader<Role>.fold(name + " uzsākti")] = .started(channel)
                known[TableHeader<Role>.fold(name + " pabeigti")] = .completed(channel)
            }
        }
        return known
    }()
}
