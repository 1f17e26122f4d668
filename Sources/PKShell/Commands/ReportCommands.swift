import PKCore
import PKExport
import PKStore

/// Looking at the year's statistics: stats, missing, show, log; administrators also across institutions.
extension CommandSpec {
    private static let jsonArray = OptionSpec.flag("--json", .jsonArrayOption)

    /// `--institution CODE`: another institution's records, read-only (administrators).
    static let institutionOption = OptionSpec.value("--institution", .metaCode, .institution, .institutionViewOption)
    private static let allInstitutions = OptionSpec.flag("--all-institutions", .allInstitutionsOption)

    static let stats = CommandSpec(
        "stats", aliases: ["statistika"], group: .statistics, parameters: [.someText], options: [jsonArray, institutionOption],
        summary: .statsSummary, details: .statsDetails, pages: true
    ) { command in
        let shell = command.shell, year = command.session.year, text = command.arguments[.someText]
        let records = try command.arguments[institutionOption].map {
            try command.store.records(by: command.principal, institution: $0, year: year, matching: text)
        } ?? command.store.records(by: command.principal, year: year, matching: text)
        if command.arguments.flag(jsonArray) { return shell.output(RecordJSON.array(records)) }
        guard !records.isEmpty else {
            return shell.output(text.map { shell.text(.noRecordsMatching, ["year": year, "text": $0]) }
                                ?? shell.text(.noRecords, ["year": year]))
        }
        shell.output(shell.table(
            header: [.columnCode, .columnService, .columnStatus, .columnUpdated, .columnStarted, .columnCompleted],
            rows: records.map { record in
                [record.service.code, record.service.name, shell.text(record.status.titleKey), record.updated.map(shell.text) ?? "",
                 String(record.totals.started), String(record.totals.completed)]
            }, alignments: [.left, .left, .left, .left, .right, .right]))
        let submitted = records.filter { $0.status == .submitted }.count
        shell.inform(.recordsTally, ["n": records.count, "submitted": submitted, "drafts": records.count - submitted])
    }

    static let missing = CommandSpec(
        "missing", group: .statistics, options: [allInstitutions], summary: .missingSummary, details: .missingDetails,
        pages: true
    ) { command in
        let shell = command.shell, year = command.session.year, everywhere = command.arguments.flag(allInstitutions)
        let services = try everywhere ? command.store.servicesMissingRecordsEverywhere(by: command.principal, year: year)
            : command.store.servicesMissingRecords(by: command.principal, year: year)
        if everywhere && !services.isEmpty {
            shell.output(shell.table(header: [.columnInstitution, .columnCode, .columnService],
                                     rows: services.map { [$0.institution.code, $0.code, $0.name] }))
        } else if !services.isEmpty {
            shell.output(shell.table(header: [.columnCode, .columnService], rows: services.map { [$0.code, $0.name] }))
        }
        let tally: [String: any TextArgument] = ["n": services.count, "year": year, "deadline": shell.deadlinePhrase(),
                                                  "institutions": Set(services.map(\.institution.code)).count]
        shell.output(shell.text(services.isEmpty ? .noneMissing : everywhere ? .someMissingEverywhere : .someMissing, tally))
    }

    private static let jsonObject = OptionSpec.flag("--json", .jsonObjectOption)

    static let show = CommandSpec(
        "show", group: .statistics, parameters: [.someService], options: [jsonObject, institutionOption],
        summary: .showSummary, details: .showDetails
    ) { command in
        let session = command.session
        let record: StatisticsRecord
        var unsaved = false
        if let code = command.arguments[institutionOption] {
            guard let argument = command.arguments[.someService] else { throw ReportError.serviceNeeded }
            record = try command.store.record(by: command.principal, service: argument, institution: code, year: session.year)
        } else if let argument = command.arguments[.someService] {
            // The open record's service shows the record as it is being entered, also before its first save.
            let open = session.openRecord.flatMap { $0.year == session.year ? $0 : nil }
            switch Result(catching: { () throws(StoreError) in
                try command.store.record(by: command.principal, service: argument, year: session.year)
            }) {
            case .success(let stored): record = open.flatMap { $0.service.id == stored.service.id ? $0 : nil } ?? stored
            case .failure(.noRecord(let code, _)) where open?.id == nil && open?.service.code == code: record = open!
            case .failure(let error): throw error
            }
            unsaved = record.service.id == open?.service.id && session.hasUnsavedChanges
        } else {
            record = try session.requireOpenRecord()
            unsaved = session.hasUnsavedChanges
        }
        if command.arguments.flag(jsonObject) { return command.shell.output(RecordJSON.object(record)) }
        command.shell.output(RecordForm(language: command.shell.language).render(record, unsaved: unsaved))
        if let reopening = try command.store.reopening(of: record, by: command.principal) {
            command.shell.output("\n" + command.shell.text(.reopenedBecause, [
                "login": reopening.login, "at": reopening.at.map(command.shell.text) ?? "", "reason": reopening.reason]))
        }
    }

    private static let limit = OptionSpec.value("--limit", .metaNumber, .count, .logLimitOption)
    private static let since = OptionSpec.value("--since", .metaDate, .date, .logSinceOption)
    private static let author = OptionSpec.value("--user", .metaLogin, .userLogin, .logUserOption)
    private static let logInstitution = OptionSpec.value("--institution", .metaCode, .institution, .logInstitutionOption)
    /// How many entries `log` shows at a terminal unless `--limit` says otherwise.
    static let terminalLogLimit = 50

    static let log = CommandSpec(
        "log", group: .statistics, parameters: [.someService], options: [limit, since, author, logInstitution],
        summary: .logSummary, details: .logDetails, pages: true
    ) { command in
        let shell = command.shell, arguments = command.arguments, details = AuditDetailText(language: shell.language)
        let query = AuditQuery(
            service: arguments[.someService], login: arguments[author], institution: arguments[logInstitution],
            since: try arguments[since].map { _ in try arguments.date(since) },
            limit: try arguments[limit].map(Self.logLimit) ?? (shell.console.outputIsTerminal ? terminalLogLimit : nil))
        let page = try command.store.auditTrail(by: command.principal, query)
        guard !page.entries.isEmpty else { return shell.output(shell.text(.noChangesRecorded)) }
        shell.output(shell.table(
            header: [.columnWhen, .columnWho, .columnService, .columnYear, .columnWhat, .columnChange],
            rows: page.entries.map { entry in
                [entry.at.map(shell.text) ?? shell.text(.damagedTime), entry.login, entry.serviceCode ?? "", entry.year.map(String.init) ?? "",
                 entry.kind.map { shell.language.text($0) } ?? entry.action, details.render(entry.detail)]
            }))
        if page.hasMore { shell.inform(.olderChangesLeftOut, ["n": page.entries.count]) }
        for damaged in page.entries where damaged.at == nil { shell.warn(Message(.damagedAuditEntry, ["id": Int(damaged.id)])) }
    }

    /// A `--limit` value: a whole number of entries, at least one.
    private static func logLimit(_ text: String) throws(ShellError) -> Int {
        guard let number = try? Count.parse(text), number >= 1 else { throw .invalidLimit(text) }
        return number
    }
}

/// A report asked for in a way it cannot be given.
enum ReportError: Error, Equatable, Localized {
    /// `show --institution CODE` without the service.
    case serviceNeeded

    var message: Message { Message(ShellText.showInstitutionNeedsService) }
}

extension RecordStatus {
    /// `draft`, `submitted` (JSON and exports keep their own spelling).
    var titleKey: ShellText { self == .submitted ? .statusSubmitted : .statusDraft }
}
