import Foundation
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
        guard let exporter = Exporters.named(format) else { throw ExportOptionError.unknownFormat(format) }
        let options = try ExportOptions(arguments, shell: shell)
        let records = try command.store.exportRecords(by: command.principal, scope: options.scope, year: options.year)
        let path = arguments.required(.file)
        var replacing = arguments.flag(ExportOptions.force)
        var isFolder: ObjCBool = false
        if !replacing && shell.console.isInteractive && FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            && !isFolder.boolValue {
            guard shell.confirmed(.confirmReplaceFile, ["path": path]) else { return }
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
    static let year = OptionSpec.value("--year", .metaYear, .year, .exportYearOption)
    static let allYears = OptionSpec.flag("--all-years", .exportAllYearsOption)
    static let layout = OptionSpec.value("--layout", .metaLayout, .text, .exportLayoutOption)
    static let institution = OptionSpec.value("--institution", .metaCode, .institution, .exportInstitutionOption)
    static let allInstitutions = OptionSpec.flag("--all-institutions", .exportAllInstitutionsOption)
    static let force = OptionSpec.flag("--force", .exportForceOption)
    static let all = [year, allYears, layout, institution, allInstitutions, force]

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

    /// The worksheet name: the year, or the years the records span (`2018-2020`).
    func title(_ records: [StatisticsRecord]) -> String {
        if let year { return String(year) }
        guard let first = records.map(\.year).min(), let last = records.map(\.year).max() else { return "Visi gadi" }
        return first == last ? String(first) : "\(first)-\(last)"
    }

    /// What was written: `wrote 3 records of 2019 to out.xlsx`, naming the institution scope and the long layout.
    func summary(records: [StatisticsRecord], rows: Int, path: String) -> Message {
        let key: ShellText = switch (year == nil, scope) {
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
