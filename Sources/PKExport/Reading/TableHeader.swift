import PKCore

/// A header row matched against the columns an import knows: case, diacritics, extra blanks and order
/// do not matter; an unknown or repeated column is a problem of row 1, naming it.
struct TableHeader<Role: Hashable> {
    let row: ReadRow
    /// Each known column's role, by position.
    let roles: [Role: Int]
    /// Each column's header as the file writes it, trimmed once rather than for every cell that names it.
    private let names: [String]

    private init(row: ReadRow, roles: [Role: Int]) {
        self.row = row
        self.roles = roles
        names = row.cells.map(\.trimmingBlanks)
    }

    /// The header's columns by role, or the header's problems: every unknown column named in one,
    /// each repeated one, each required one missing.
    static func match(_ row: ReadRow, known: [String: Role], required: [(Role, String)]) -> ImportOutcome<TableHeader> {
        var roles: [Role: Int] = [:]
        var unknown: [String] = []
        var problems: [ImportProblem] = []
        for (index, cell) in row.cells.enumerated() {
            let name = cell.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            guard let role = known[fold(name)] else {
                unknown.append(name)
                continue
            }
            if let first = roles[role] {
                problems.append(ImportProblem(row: row.number, column: name, Message(ImportText.importDuplicateColumn, [
                    "first": row[first].trimmingCharacters(in: .whitespaces)])))
            } else {
                roles[role] = index
            }
        }
        if !unknown.isEmpty {
            problems.insert(ImportProblem(row: row.number, column: nil, Message(ImportText.importUnknownColumns, [
                "columns": unknown.map { "“\($0)”" }.joined(separator: ", "), "n": unknown.count])), at: 0)
        }
        for (role, name) in required where roles[role] == nil {
            problems.append(ImportProblem(row: row.number, column: nil, Message(ImportText.importMissingColumn, ["column": name])))
        }
        return problems.isEmpty ? .imported(TableHeader(row: row, roles: roles)) : .refused(problems)
    }

    /// A header name as matched: folded, blanks collapsed to one space.
    static func fold(_ name: String) -> String {
        TextFolding.fold(name).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The column's header as the file writes it.
    func name(_ column: Int) -> String { column < names.count ? names[column] : "" }
}
