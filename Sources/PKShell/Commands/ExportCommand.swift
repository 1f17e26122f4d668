import PKCore
import PKExport
import PKStore

/// export FORMAT FILE: the year's records as a file (Lejupielādēt).
extension CommandSpec {
    static let export = CommandSpec(
        "export", group: .statistics, parameters: [Parameter("FORMAT", .format), Parameter("FILE", .file)],
        options: [.flag("--force", "replace FILE if it exists")],
        summary: "download the year's records (Lejupielādēt) as csv or tsv",
        details: "Columns as SPEC section 4: year, code, name, status, updated, started and completed of each of the 11 channels, totals, complaints, delays, both indicators. The file is written whole or not at all."
    ) { shell, arguments in
        let format = arguments.required("FORMAT").lowercased()
        guard let exporter = [DelimitedExporter.csv, .tsv].first(where: { $0.format == format }) else {
            throw ShellError.unsupportedFormat(arguments.required("FORMAT"))
        }
        let records = try shell.store.records(by: shell.session.requirePrincipal(), year: shell.session.year)
        let path = arguments.required("FILE")
        try AtomicFile.write(exporter.encode(RecordTable.table(of: records)), to: path, replacing: arguments.flag("--force"))
        shell.inform("wrote \(counted(records.count, "record")) of \(shell.session.year) to \(path)")
    }
}
