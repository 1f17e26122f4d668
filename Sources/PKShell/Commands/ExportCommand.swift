import PKCore
import PKExport
import PKStore

/// export FORMAT FILE: the year's records as a file (Lejupielādēt).
extension CommandSpec {
    static let export = CommandSpec(
        "export", aliases: ["lejupielādēt"], group: .statistics, parameters: [.format, .file],
        options: ExportOptions.all, summary: .exportSummary, details: .exportDetails
    ) { command in
        let shell = command.shell, arguments = command.arguments
        let format = arguments.required(.format)
        guard var exporter = Exporters.named(format) else { throw ExportOptionError.unknownFormat(format) }
        if arguments.flag(ExportOptions.excel) {
            guard exporter.format == DelimitedExporter.csv.format else { throw ExportOptionError.excelIsCSV(format) }
            exporter = DelimitedExporter.excelCSV
        }
        let options = try ExportOptions(arguments, shell: shell)
        let path = arguments.required(.file)
        if let named = TableFormat(path: path), named.rawValue != exporter.format {
            shell.warn(Message(.exportNameOfOtherFormat, ["path": path, "named": named.rawValue, "format": exporter.format]))
        }
        if command.session.hasUnsavedChanges, let open = command.session.openRecord, options.covers(open) {
            shell.warn(Message(.exportLeavesOutUnsaved, ["code": open.service.code, "year": open.year]))
        }
        var replacing = arguments.flag(ExportOptions.force)
        if !replacing && shell.console.isInteractive && AtomicFile.wouldReplaceData(at: path) {
            guard shell.confirmed(.confirmReplaceFile, ["path": path]) else { return }
            replacing = true
        }
        let institutionColumn = options.scope == .allInstitutions
        let header = RecordTable.header(layout: options.layout, institutionColumn: institutionColumn)
        var tally = ExportTally()
        func rows(_ records: [ExportRecord]) -> [[ExportCell]] {
            let rows = RecordTable.rows(of: records, layout: options.layout, institutionColumn: institutionColumn)
            tally.add(records, rows: rows.count)
            return rows
        }
        var writer = exporter.writer()
        let file = try AtomicFile.prepare(to: path, replacing: replacing) { file in
            try writer.begin(header: header, to: &file)
            // The records are read here while their rows are written on a second thread; Ctrl-C stops the
            // reading at the next batch, and the temporary file is removed.
            try Pipeline.run(produce: { yield in
                try command.store.exportRecords(by: command.principal, scope: options.scope, year: options.year) { records in
                    if shell.configuration.interrupted() { throw ExportError.interrupted(path) }
                    try yield(records)
                }
            }, consume: { records in try writer.write(rows: rows(records), to: &file) })
            try writer.finish(title: options.title(tally), to: &file)
        }
        try shell.place(file, replacing: replacing)
        let summary = options.summary(tally, path: path)
        guard shell.holdsFiles else { return shell.inform(shell.text(summary)) }
        // Held until the script's end: a dry run removes it then, a --single-transaction script places it if kept.
        shell.inform(shell.text(Message(shell.configuration.script.dryRun ? .exportNotKept : .exportHeld, ["wrote": summary])))
    }
}

/// What an export wrote, counted as its parts are written.
struct ExportTally {
    private(set) var records = 0
    private(set) var rows = 0
    private(set) var years: ClosedRange<Int>?
    /// The institution of the first record.
    private(set) var institution: String?

    mutating func add(_ part: [ExportRecord], rows: Int) {
        records += part.count
        self.rows += rows
        institution = institution ?? part.first?.institutionCode
        for year in part.map(\.year) {
            years = years.map { min($0.lowerBound, year)...max($0.upperBound, year) } ?? year...year
        }
    }
}

/// The export command's options, checked.
struct ExportOptions {
    static let year = OptionSpec.value("--year", .metaYear, .year, .exportYearOption)
    static let allYears = OptionSpec.flag("--all-years", .exportAllYearsOption)
    static let layout = OptionSpec.value("--layout", .metaLayout, .text, .exportLayoutOption)
    static let institution = OptionSpec.value("--institution", .metaCode, .institution, .exportInstitutionOption)
    static let allInstitutions = OptionSpec.flag("--all-institutions", .exportAllInstitutionsOption)
    static let force = OptionSpec.flag("--force", .exportForceOption)
    static let excel = OptionSpec.flag("--excel", .exportExcelOption)
    static let all = [year, allYears, layout, institution, allInstitutions, force, excel]

    /// The year, or nil for every year.
    let year: Int?
    let layout: ExportLayout
    let scope: ExportScope

    init(_ arguments: Arguments, shell: Interpreter) throws {
        if arguments[Self.year] != nil && arguments.flag(Self.allYears) {
            throw ExportOptionError.conflicting(Self.year.name, Self.allYears.name)
        }
        if arguments[Self.institution] != nil && arguments.flag(Self.allInstitutions) {
            throw ExportOptionError.conflicting(Self.institution.name, Self.allInstitutions.name)
        }
        if let text = arguments[Self.year] {
            year = try shell.reportingYear(text)
        } else {
            year = arguments.flag(Self.allYears) ? nil : shell.session.year
        }
        let layoutName = arguments[Self.layout] ?? ExportLayout.wide.rawValue
        guard let layout = ExportLayout(rawValue: layoutName.lowercased()) else { throw ExportOptionError.unknownLayout(layoutName) }
        self.layout = layout
        scope = arguments[Self.institution].map(ExportScope.institution)
            ?? (arguments.flag(Self.allInstitutions) ? .allInstitutions : .ownInstitution)
    }

    /// Whether the export reads the stored version of `record` (its year, its institution).
    func covers(_ record: StatisticsRecord) -> Bool {
        guard year == nil || year == record.year else { return false }
        if case .institution(let code) = scope { return code.uppercased() == record.service.institution.code.uppercased() }
        return true
    }

    /// The worksheet name: the year, or the years the records span (`2018-2020`).
    func title(_ tally: ExportTally) -> String {
        if let year { return String(year) }
        guard let years = tally.years else { return "Visi gadi" }
        return years.count == 1 ? String(years.lowerBound) : "\(years.lowerBound)-\(years.upperBound)"
    }

    /// What was written: `wrote 3 records of 2019 to out.xlsx`, naming the institution scope and the long layout.
    func summary(_ tally: ExportTally, path: String) -> Message {
        let key: ShellText = switch (year == nil, scope) {
        case (false, .ownInstitution): .exportWroteYear
        case (true, .ownInstitution): .exportWroteAllYears
        case (false, .institution): .exportWroteYearInstitution
        case (true, .institution): .exportWroteAllYearsInstitution
        case (false, .allInstitutions): .exportWroteYearEveryInstitution
        case (true, .allInstitutions): .exportWroteAllYearsEveryInstitution
        }
        var institution = ""
        if case .institution(let code) = scope { institution = tally.institution ?? code }
        let wrote = Message(key, ["n": tally.records, "year": year ?? 0, "institution": institution, "path": path])
        return layout == .long ? Message(.exportLongLayout, ["wrote": wrote, "rows": tally.rows]) : wrote
    }
}

/// An export command that names no format or layout pks knows, or options that exclude each other.
enum ExportOptionError: Error, Localized {
    case unknownFormat(String)
    case unknownLayout(String)
    case conflicting(String, String)
    case excelIsCSV(String)

    var message: Message {
        switch self {
        case .unknownFormat(let format):
            Message(.unknownExportFormat, ["format": format, "formats": Exporters.all.map(\.format).joined(separator: ", ")])
        case .unknownLayout(let layout): Message(.unknownLayout, ["layout": layout])
        case .conflicting(let first, let second): Message(.conflictingOptions, ["first": first, "second": second])
        case .excelIsCSV(let format): Message(.excelOnlyCSV, ["format": format])
        }
    }
}
