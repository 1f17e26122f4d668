import PKCore
import PKExport
import PKStore

/// compare: the reporting year against another, service by service and channel by channel.
extension CommandSpec {
    private static let json = OptionSpec.flag("--json", .jsonObjectOption)

    static let compare = CommandSpec(
        "compare", aliases: ["salīdzināt"], group: .statistics, parameters: [.someYear], options: [json, ascii, institutionOption],
        summary: .compareSummary, details: .compareDetails, pages: true
    ) { command in
        let shell = command.shell, year = command.session.year
        let against = try shell.reportingYear(command.arguments[.someYear] ?? String(year - 1))
        guard against != year else { throw CompareError.sameYear(year) }
        let comparison = try command.store.comparison(by: command.principal, year: year, against: against,
                                                      institution: command.arguments[institutionOption])
        if command.arguments.flag(json) { return shell.output(ComparisonJSON.document(comparison)) }
        guard !comparison.services.isEmpty else {
            return shell.output(shell.text(.compareNothing, ["code": comparison.institution.code, "year": year, "against": against]))
        }
        shell.output(ComparisonView(shell: shell, ascii: command.arguments.flag(ascii)).render(comparison))
    }
}

/// A comparison asked for in a way it cannot be given.
enum CompareError: Error, Equatable, Localized {
    /// The year to compare with is the reporting year itself.
    case sameYear(Int)

    var message: Message {
        switch self {
        case .sameYear(let year): Message(ShellText.compareSameYear, ["year": year])
        }
    }
}
