import Foundation
import PKCore

/// Service descriptions in bulk (SPEC.md section 3, `service import`): columns `Kods, Pakalpojums, Kanāli`
/// (channel keys or names separated by blanks) and optionally `Iestāde` and `Apraksts` (the short description),
/// matched as record imports match theirs.
public enum ServiceImportTable {
    private enum Role: Hashable { case code, name, channels, institution, description }

    private static let known: [String: Role] = ["kods": .code, "pakalpojums": .name, "kanali": .channels, "iestade": .institution,
                                                       "apraksts": .description]

    /// The descriptions of the good rows of `table`, and the problems of every other row.
    public static func lines(in table: ReadTable) -> (lines: [ServiceLine], problems: [ImportProblem]) {
        guard let header = table.header else { return ([], []) }
        let matched = TableHeader.match(header, known: known,
                                        required: [(.code, "Kods"), (.name, "Pakalpojums"), (.channels, "Kanāli")])
        guard case .imported(let columns) = matched else {
            if case .refused(let problems) = matched { return ([], problems) }
            return ([], [])
        }
        var lines: [ServiceLine] = []
        var problems: [ImportProblem] = []
        var firstRow: [String: Int] = [:]  // folded code → the row that has it first
        for row in table.body {
            func cell(_ role: Role) -> String { row[columns.roles[role]!].trimmingBlanksAndNewlines }
            func problem(_ role: Role, _ reason: Message) {
                problems.append(ImportProblem(row: row.number, column: columns.name(columns.roles[role]!), reason))
            }
            let code = cell(.code), name = cell(.name)
            var rowIsGood = true
            if let problem = table.alignmentProblem(of: row) {
                problems.append(problem)
                rowIsGood = false
            }
            if !ServiceNaming.isValidCode(code) {
                problem(.code, Message(ImportText.importInvalidCode, ["code": code]))
                rowIsGood = false
            } else if let first = firstRow[TextFolding.fold(code)] {
                problem(.code, Message(ImportText.importDuplicateService, ["code": code, "first": first]))
                rowIsGood = false
            } else {
                firstRow[TextFolding.fold(code)] = row.number
            }
            if !ServiceNaming.isValidName(name) {
                problem(.name, Message(ImportText.importInvalidName))
                rowIsGood = false
            }
            var channels: [Channel] = []
            for word in cell(.channels).split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" }) {
                do {
                    channels.append(try Channel.match(String(word)))
                } catch {
                    problems.append(ImportProblem(row: row.number, column: columns.name(columns.roles[.channels]!), error))
                    rowIsGood = false
                }
            }
            let institution = columns.roles[.institution] == nil ? nil : cell(.institution)
            let description = columns.roles[.description] == nil ? nil : cell(.description)
            if let description, !description.isEmpty, !ServiceNaming.isValidText(description) {
                problem(.description, Message(ImportText.importInvalidDescription))
                rowIsGood = false
            }
            if rowIsGood {
                lines.append(ServiceLine(row: row.number, code: code, name: name, channels: Array(Set(channels)),
                                         institution: institution?.isEmpty == false ? institution : nil,
                                         description: description))
            }
        }
        return (lines, problems)
    }
}
