import PKCore
import PKExport
import PKStore

/// Looking at the year's statistics: stats, missing, show, log.
extension CommandSpec {
    static let stats = CommandSpec(
        "stats", aliases: ["statistika"], group: .statistics, parameters: [Parameter(.metaText, .text, .optional)],
        options: [.flag("--json", .jsonArrayOption)], summary: .statsSummary, details: .statsDetails
    ) { shell, arguments in
        let records = try shell.store.records(by: shell.session.requirePrincipal(), year: shell.session.year,
                                              matching: arguments["TEXT"])
        if arguments.flag("--json") { return shell.print(RecordJSON.array(records)) }
        guard !records.isEmpty else {
            return shell.print(arguments["TEXT"].map { shell.text(.noRecordsMatching, ["year": shell.session.year, "text": $0]) }
                               ?? shell.text(.noRecords, ["year": shell.session.year]))
        }
        shell.print(shell.table(
            header: [.columnCode, .columnService, .columnStatus, .columnUpdated, .columnStarted, .columnCompleted],
            rows: records.map { record in
                [record.service.code, record.service.name, shell.text(record.status.titleKey), record.updated.map(shell.text) ?? "",
                 String(record.totals.started), String(record.totals.completed)]
            }, alignments: [.left, .left, .left, .left, .right, .right]))
        let submitted = records.filter { $0.status == .submitted }.count
        shell.inform(.recordsTally, ["n": records.count, "submitted": submitted, "drafts": records.count - submitted])
    }

    static let missing = CommandSpec("missing", group: .statistics, summary: .missingSummary) { shell, _ in
        let services = try shell.store.servicesMissingRecords(by: shell.session.requirePrincipal(), year: shell.session.year)
        if !services.isEmpty {
            shell.print(shell.table(header: [.columnCode, .columnService], rows: services.map { [$0.code, $0.name] }))
        }
        let year = shell.session.year
        shell.print(services.isEmpty ? shell.text(.noneMissing, ["year": year, "deadline": shell.deadlinePhrase()])
                    : shell.text(.someMissing, ["n": services.count, "year": year, "deadline": shell.deadlinePhrase()]))
    }

    static let show = CommandSpec(
        "show", group: .statistics, parameters: [Parameter(.metaService, .service, .optional)],
        options: [.flag("--json", .jsonObjectOption)], summary: .showSummary, details: .showDetails
    ) { shell, arguments in
        let record: StatisticsRecord
        var unsaved = false
        if let argument = arguments["SERVICE"] {
            record = try shell.store.record(by: shell.session.requirePrincipal(), service: argument, year: shell.session.year)
        } else {
            record = try shell.session.requireOpenRecord()
            unsaved = shell.session.hasUnsavedChanges
        }
        shell.print(arguments.flag("--json") ? RecordJSON.object(record)
                    : RecordForm(language: shell.language).render(record, unsaved: unsaved))
    }

    static let log = CommandSpec(
        "log", group: .statistics, parameters: [Parameter(.metaService, .service, .optional)],
        summary: .logSummary, details: .logDetails
    ) { shell, arguments in
        let entries = try shell.store.auditTrail(by: shell.session.requirePrincipal(), service: arguments["SERVICE"])
        guard !entries.isEmpty else { return shell.print(shell.text(.noChangesRecorded)) }
        shell.print(shell.table(
            header: [.columnWhen, .columnWho, .columnService, .columnYear, .columnWhat, .columnChange],
            rows: entries.map { entry in
                [shell.text(entry.at), entry.login, entry.serviceCode ?? "", entry.year.map(String.init) ?? "",
                 AuditAction.key(entry.action).map { shell.text($0) } ?? entry.action, entry.detail]
            }))
    }
}

extension RecordStatus {
    /// `draft`, `submitted` (JSON and exports keep their own spelling).
    var titleKey: TextKey { self == .submitted ? .statusSubmitted : .statusDraft }
}

/// The names the audit trail stores for each kind of change, and how `log` words them.
enum AuditAction {
    static func key(_ stored: String) -> TextKey? { keys[stored] }

    private static let keys: [String: TextKey] = [
        "add institution": .auditAddInstitution, "grant rights": .auditGrantRights, "renew rights": .auditRenewRights,
        "close rights": .auditCloseRights, "change password": .auditChangePassword,
        "upgrade password hash": .auditUpgradePasswordHash, "set password cost": .auditSetPasswordCost,
        "add service": .auditAddService, "set channels": .auditSetChannels, "publish service": .auditPublishService,
        "create record": .auditCreateRecord, "save record": .auditSaveRecord, "submit record": .auditSubmitRecord,
    ]
}

extension Interpreter {
    /// A table whose header is in the session's language.
    func table(header: [TextKey], rows: [[String]], alignments: [TextTable.Alignment]? = nil) -> String {
        TextTable.render(header: header.map { text($0) }, rows: rows, alignments: alignments)
    }

    /// `label:  value` lines, labels in the session's language.
    func fields(_ pairs: [(TextKey, String)]) -> String { TextTable.fields(pairs, in: language) }
}
