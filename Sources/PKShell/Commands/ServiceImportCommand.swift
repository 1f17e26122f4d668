import PKCore
import PKExport
import PKStore

/// service import FILE: descriptions in bulk from csv, tsv or xlsx (SPEC.md section 3).
extension CommandSpec {
    static let serviceImport = CommandSpec(
        "import", group: .services, parameters: [.file], options: [importDryRun, importFormat],
        summary: .serviceImportSummary, details: .serviceImportDetails, changesCatalogue: true
    ) { command in
        let shell = command.shell, path = command.arguments.required(.file)
        let table = try shell.readTable(path, format: command.arguments[importFormat])
        let (lines, problems) = ServiceImportTable.lines(in: table)
        let keep = !command.arguments.flag(importDryRun)
        let outcome = try command.store.importServices(by: command.principal, lines, keep: keep && problems.isEmpty)
        let summary = try shell.accepted(outcome, besides: problems, from: path)
        if keep, let open = command.session.openRecord {
            command.session.refresh(try command.store.service(by: command.principal, open.service.code))
        }
        // The summary is the import's result (with --dry-run its only one): printed also with --quiet.
        shell.output(shell.text(keep ? .serviceImportDone : .serviceImportDryRun, ["path": path, "created": summary.created,
                                                                                   "updated": summary.updated, "unchanged": summary.unchanged]))
    }
}
