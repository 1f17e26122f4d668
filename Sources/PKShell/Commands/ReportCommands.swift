import PKCore
import PKExport
import PKStore

/// Looking at the year's statistics: stats, missing, show, log.
extension CommandSpec {
    static let stats = CommandSpec(
        "stats", group: .statistics, parameters: [Parameter("TEXT", .text, .optional)],
        options: [.flag("--json", "print a JSON array (SPEC section 5)")],
        summary: "the year's records: code, name, status, last updated, totals",
        details: "TEXT keeps the records whose code or name contains it (case and diacritics ignored)."
    ) { shell, arguments in
        let records = try shell.store.records(by: shell.session.requirePrincipal(), year: shell.session.year,
                                              matching: arguments["TEXT"])
        if arguments.flag("--json") { return shell.print(RecordJSON.array(records)) }
        guard !records.isEmpty else {
            return shell.print("no \(shell.session.year) records" + (arguments["TEXT"].map { " matching '\($0)'" } ?? "")
                               + "; add SERVICE starts one (missing lists the services without)")
        }
        shell.print(TextTable.render(
            header: ["code", "service", "status", "last updated", "started", "completed"],
            rows: records.map { record in
                [record.service.code, record.service.name, record.status.rawValue, record.updated?.latvian ?? "",
                 String(record.totals.started), String(record.totals.completed)]
            }, alignments: [.left, .left, .left, .left, .right, .right]))
        let submitted = records.filter { $0.status == .submitted }.count
        shell.inform("\(counted(records.count, "record")): \(submitted) submitted, \(counted(records.count - submitted, "draft"))")
    }

    static let missing = CommandSpec(
        "missing", group: .statistics,
        summary: "published services with no record for the year, and the days left until the deadline"
    ) { shell, _ in
        let services = try shell.store.servicesMissingRecords(by: shell.session.requirePrincipal(), year: shell.session.year)
        if !services.isEmpty {
            shell.print(TextTable.render(header: ["code", "service"], rows: services.map { [$0.code, $0.name] }))
        }
        shell.print("\(services.isEmpty ? "every published service has" : "\(counted(services.count, "service")) \(services.count == 1 ? "has" : "have") no") "
                    + "\(shell.session.year) record; " + shell.yearSummary().replacingOccurrences(of: "reporting year \(shell.session.year); ", with: ""))
    }

    static let show = CommandSpec(
        "show", group: .statistics, parameters: [Parameter("SERVICE", .service, .optional)],
        options: [.flag("--json", "print one JSON object (SPEC section 5)")],
        summary: "a record as a form: channels, totals, complaints, delays, indicators, status",
        details: "Without SERVICE, the open record with any unsaved changes; with SERVICE, the year's saved record."
    ) { shell, arguments in
        let record: StatisticsRecord
        var unsaved = false
        if let argument = arguments["SERVICE"] {
            record = try shell.store.record(by: shell.session.requirePrincipal(), service: argument, year: shell.session.year)
        } else {
            record = try shell.session.requireOpenRecord()
            unsaved = shell.session.hasUnsavedChanges
        }
        shell.print(arguments.flag("--json") ? RecordJSON.object(record) : RecordForm.render(record, unsaved: unsaved))
    }

    static let log = CommandSpec(
        "log", group: .statistics, parameters: [Parameter("SERVICE", .service, .optional)],
        summary: "who changed what and when (your institution; administrators: all)",
        details: "Every change to records, service descriptions and users, with the old and new values, to the second."
    ) { shell, arguments in
        let entries = try shell.store.auditTrail(by: shell.session.requirePrincipal(), service: arguments["SERVICE"])
        guard !entries.isEmpty else { return shell.print("no changes recorded") }
        shell.print(TextTable.render(
            header: ["when", "who", "service", "year", "what", "change"],
            rows: entries.map { entry in
                [entry.at.latvian, entry.login, entry.serviceCode ?? "", entry.year.map(String.init) ?? "", entry.action, entry.detail]
            }))
    }
}
