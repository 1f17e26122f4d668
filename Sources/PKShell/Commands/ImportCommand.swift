import PKCore
import PKExport
import PKStore

/// import FILE: counts from a csv, tsv or xlsx file in the export's columns (SPEC.md section 6).
extension CommandSpec {
    static let importDryRun = OptionSpec.flag("--dry-run", .importDryRunOption)
    static let importFormat = OptionSpec.value("--format", .metaTableFormat, .tableFormat, .importFormatOption)

    static let importRecords = CommandSpec(
        "import", aliases: ["importēt"], group: .statistics, parameters: [.file], options: [importDryRun, importFormat],
        summary: .importSummary, details: .importDetails
    ) { command in
        let shell = command.shell, session = command.session, path = command.arguments.required(.file)
        try session.requireNoUnsavedChanges()
        let table = try shell.readTable(path, format: command.arguments[importFormat])
        let (changes, problems) = RecordImportTable.changes(in: table, defaultYear: session.year,
                                                            today: shell.configuration.clock.today())
        let keep = !command.arguments.flag(importDryRun)
        let outcome = try command.store.importRecords(by: command.principal, changes, keep: keep && problems.isEmpty)
        let summary = try shell.accepted(outcome, besides: problems, from: path)
        if keep, let open = session.openRecord, changes.contains(where: { $0.year == open.year && TextFolding.fold($0.code) == TextFolding.fold(open.service.code) }) {
            session.open(try command.store.record(by: command.principal, service: open.service.code, year: open.year), unsaved: false)
        }
        // The summary is the import's result (with --dry-run its only one): printed also with --quiet.
        shell.output(shell.text(keep ? .importDone : .importDryRun, ["path": path, "created": summary.created, "updated": summary.updated,
                                                                     "unchanged": summary.unchanged]))
    }
}

extension Interpreter {
    /// The table in a file, its warnings reported; a quote left open is reported at its line.
    func readTable(_ path: String, format name: String?) throws -> ReadTable {
        var format: TableFormat?
        if let name {
            guard let named = TableFormat(rawValue: name.lowercased()) else { throw ImportCommandError.unknownFormat(name) }
            format = named
        }
        do {
            let table = try TableReader.read(path, format: format)
            for warning in table.warnings { warn(warning.message) }
            return table
        } catch .quoteOpen(let file, let line) {
            report(Diagnostic(.error, text(TableReadError.quoteOpen(file, line: line).message), at: SourceLocation(file: file, line: line)))
            throw ImportCommandError.refused(path: path, problems: 1)
        }
    }

    /// What an import did when neither its table (`problems`) nor its store refused a row; otherwise every
    /// problem reported as `FILE:ROW: error: …`, by row, and the command fails with nothing imported.
    func accepted<Value>(_ outcome: ImportOutcome<Value>, besides problems: [ImportProblem], from path: String) throws -> Value {
        var problems = problems
        if case .refused(let refused) = outcome { problems += refused }
        switch outcome {
        case .imported(let value) where problems.isEmpty: return value
        default:
            for problem in problems.sorted(by: { $0.row < $1.row }) {
                report(Diagnostic(.error, text(problem.message), at: SourceLocation(file: path, line: problem.row)))
            }
            throw ImportCommandError.refused(path: path, problems: problems.count)
        }
    }
}

/// Why an import command imported nothing.
enum ImportCommandError: Error, Localized {
    case unknownFormat(String)
    /// Its problems were reported one by one.
    case refused(path: String, problems: Int)

    var message: Message {
        switch self {
        case .unknownFormat(let format):
            Message(.unknownImportFormat, ["format": format, "formats": TableFormat.allCases.map(\.rawValue).joined(separator: ", ")])
        case .refused(let path, let problems): Message(.importRefused, ["path": path, "n": problems])
        }
    }
}
