import Foundation
import PKCore
import PKExport
import PKStore

/// export FORMAT FILE: the year's records as a file (Lejupielādēt).
extension CommandSpec {
    static let export = CommandSpec(
        "export", group: .statistics, parameters: [Parameter("FORMAT", .format), Parameter("FILE", .file)],
        options: [
            .value("--year", "YYYY", .year, "the records of this year instead of the current one"),
            .flag("--all-years", "the records of every year (the year is in the first column)"),
            .value("--layout", "wide|long", .text,
                   "wide (default): one row per record; long: one row per record and channel, for pivot tables"),
            .value("--institution", "CODE", .institution, "administrators: the records of this institution"),
            .flag("--all-institutions", "administrators: the records of every institution (adds the column Iestāde)"),
            .flag("--force", "replace FILE if it exists"),
        ],
        summary: "download the year's records (Lejupielādēt) as xlsx, csv or tsv",
        details: """
            xlsx: one worksheet named after the year; bold, frozen header; numbers, dates and percentages (94.41) \
            as real cells. csv: RFC 4180 with commas, UTF-8 with a byte-order mark so Excel shows ā, š, ž. \
            tsv: tabs, UTF-8, no mark. Columns as SPEC section 4 (wide) or, with --layout long, year, code, name, \
            channel, started, completed. The file is written under a temporary name and renamed when whole; \
            an existing FILE is replaced only with --force or after a yes at the terminal.
            """
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
            try shell.confirm("\(path) already exists. Replace it?")
            replacing = true
        }
        let table = RecordTable.table(of: records, title: options.title(records), layout: options.layout,
                                      institutionColumn: options.scope == .allInstitutions)
        try AtomicFile.write(exporter.encode(table), to: path, replacing: replacing)
        shell.inform("wrote \(counted(records.count, "record")) of \(options.yearPhrase)\(options.note(records, rows: table.rows.count)) to \(path)")
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

    /// `2019`, or `every year`.
    var yearPhrase: String { year.map(String.init) ?? "every year" }

    /// The worksheet name: the year, or the years the records span (`2018-2020`).
    func title(_ records: [StatisticsRecord]) -> String {
        if let year { return String(year) }
        guard let first = records.map(\.year).min(), let last = records.map(\.year).max() else { return "Visi gadi" }
        return first == last ? String(first) : "\(first)-\(last)"
    }

    /// ` (institution ADAZI; long layout, 5 rows)`, or nothing for the plain export of one's own institution.
    func note(_ records: [StatisticsRecord], rows: Int) -> String {
        var parts: [String] = []
        switch scope {
        case .ownInstitution: break
        case .institution(let code): parts.append("institution \(records.first?.service.institution.code ?? code)")
        case .allInstitutions: parts.append("every institution")
        }
        if layout == .long { parts.append("long layout, \(counted(rows, "row"))") }
        return parts.isEmpty ? "" : " (\(parts.joined(separator: "; ")))"
    }
}

/// An export command that names no format or layout pks knows, or options that exclude each other.
enum ExportOptionError: Error, CustomStringConvertible {
    case unknownFormat(String)
    case unknownLayout(String)
    case conflicting(String, String)

    var description: String {
        switch self {
        case .unknownFormat(let format):
            "unknown export format '\(format)'; use \(Exporters.all.map(\.format).joined(separator: ", "))"
        case .unknownLayout(let layout):
            "unknown layout '\(layout)'; use \(ExportLayout.allCases.map(\.rawValue).joined(separator: " or "))"
        case .conflicting(let first, let second): "\(first) and \(second) exclude each other; give one"
        }
    }
}
