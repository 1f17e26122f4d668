import Foundation
import PKCore
import PKExport
import PKStore

/// export FORMAT FILE: the year's records as a file (Lejupielādēt).
extension CommandSpec {
    static let export = CommandSpec(
        "export", aliases: ["lejupielādēt"], group: .statistics,
        parameters: [Parameter(.metaFormat, .format), Parameter(.metaFile, .file)],
        options: [
            .value("--year", .metaYear, .year, .exportYearOption),
            .flag("--all-years", .exportAllYearsOption),
            .value("--layout", .metaLayout, .text, .exportLayoutOption),
            .value("--institution", .metaCode, .institution, .exportInstitutionOption),
            .flag("--all-institutions", .exportAllInstitutionsOption),
            .flag("--force", .exportForceOption),
        ],
        summary: .exportSummary, details: .exportDetails
    ) { shell, arguments in
        let format = arguments.required("FORMAT")
        guard let exporter = Exporters.named(format) else { throw ExportOptionError.unknownFormat(format) }
        let options = try ExportOptions(arguments, acceptedYears: ReportingCalendar.acceptedYears(today: shell.configuration.clock.today()),
                                        currentYear: shell.session.year)
        let records = try shell.store.exportRecords(by: shell.session.requirePrincipal(), scope: options.scope, year: options.year)
        let path = arguments.required("FILE")
        var replacing = arguments.flag("--force")
        var isFolder: ObjCBool = false
        if !replacing && shell.console.isInteractive && FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            && !isFolder.boolValue {
            try shell.confirm(.confirmReplaceFile, ["path": path])
            replacing = true
        }
        let table = RecordTable.table(of: records, title: options.title(records), layout: options.layout,
                                      institutionColumn: options.scope == .allInstitutions)
        try AtomicFile.write(exporter.encode(table), to: path, replacing: replacing)
        shell.inform(shell.text(options.summary(records: records, rows: table.rows.count, path: path)))
    }
}

/// The export command's options, checked.
struct ExportOptions {
    /// The year, or nil for every year.
    let year: Int?
    let layout: ExportLayout
    let scope: ExportScope

    init(_ arguments: Arguments, acceptedYears: ClosedRange<Int>, currentYear: Int) throws {
        if arguments.option("--year") != nil && arguments.flag("--all-years") {
            throw ExportOptionError.conflicting("--year", "--all-years")
        }
        if arguments.option("--institution") != nil && arguments.flag("--all-institutions") {
            throw ExportOptionError.conflicting("--institution", "--all-institutions")
        }
        if let text = arguments.option("--year") {
            guard text.count == 4, let year = Int(text), acceptedYears.contains(year) else {
                throw ShellError.invalidYear(text, acceptedYears)
            }
            self.year = year
        } else {
            year = arguments.flag("--all-years") ? nil : currentYear
        }
        let layoutName = arguments.option("--layout") ?? ExportLayout.wide.rawValue
        guard let layout = ExportLayout(rawValue: layoutName.lowercased()) else { throw ExportOptionError.unknownLayout(layoutName) }
        self.layout = layout
        scope = arguments.option("--institution").map(ExportScope.institution)
            ?? (arguments.flag("--all-institutions") ? .allInstitutions : .ownInstitution)
    }

    /// The worksheet name: the year, or the years the records span (`2018-2020`).
    func title(_ records: [StatisticsRecord]) -> String {
        if let year { return String(year) }
        guard let first = records.map(\.year).min(), let last = records.map(\.year).max() else { return "Visi gadi" }
        return first == last ? String(first) : "\(first)-\(last)"
    }

    /// What was written: `wrote 3 records of 2019 to out.xlsx`, naming the institution scope and the long layout.
    func summary(records: [StatisticsRecord], rows: Int, path: String) -> Message {
        let key: TextKey = switch (year == nil, scope) {
        case (false, .ownInstitution): .exportWroteYear
        case (true, .ownInstitution): .exportWroteAllYears
        case (false, .institution): .exportWroteYearInstitution
        case (true, .institution): .exportWroteAllYearsInstitution
        case (false, .allInstitutions): .exportWroteYearEveryInstitution
        case (true, .allInstitutions): .exportWroteAllYearsEveryInstitution
        }
        var institution = ""
        if case .institution(let code) = scope { institution = records.first?.service.institution.code ?? code }
        let wrote = Message(key, ["n": records.count, "year": year ?? 0, "institution": institution, "path": path])
        return layout == .long ? Message(.exportLongLayout, ["wrote": wrote, "rows": rows]) : wrote
    }
}

/// An export command that names no format or layout pks knows, or options that exclude each other.
enum ExportOptionError: Error, Localized {
    case unknownFormat(String)
    case unknownLayout(String)
    case conflicting(String, String)

    var message: Message {
        switch self {
        case .unknownFormat(let format):
            Message(.unknownExportFormat, ["format": format, "formats": Exporters.all.map(\.format).joined(separator: ", ")])
        case .unknownLayout(let layout): Message(.unknownLayout, ["layout": layout])
        case .conflicting(let first, let second): Message(.conflictingOptions, ["first": first, "second": second])
        }
    }
}
