import PKCore
import PKExport
import PKStore

/// Checking the year's records before submitting, and submitting them: check, submit, submit --all.
extension CommandSpec {
    private static let json = OptionSpec.flag("--json", .jsonObjectOption)

    static let check = CommandSpec(
        "check", aliases: ["pārbaudīt"], group: .statistics, parameters: [.someService], options: [json],
        summary: .checkSummary, details: .checkDetails
    ) { command in
        let shell = command.shell, year = command.session.year
        let checked = try command.store.check(by: command.principal, year: year, service: command.arguments[.someService],
                                              unsaved: command.session.unsavedRecord)
        let findings = checked.flatMap(\.findings)
        if command.arguments.flag(json) {
            shell.output(CheckJSON.document(year: year, findings: findings) { $0.message.text(in: .en) })
        } else if checked.isEmpty {
            shell.output(shell.text(.nothingToCheck, ["year": year]))
        } else {
            for record in checked where !record.findings.isEmpty {
                shell.output("\(record.record.service.code) \(shell.text(record.record.service.name))")
                for finding in record.findings { shell.output("  " + shell.rendered(finding)) }
            }
            let errors = findings.filter(\.isError).count
            shell.output(shell.text(.checkTally, ["n": checked.count, "errors": errors, "warnings": findings.count - errors]))
        }
        let blocked = checked.filter { !$0.errors.isEmpty }.count
        if blocked > 0 { throw CheckError.recordsWithErrors(blocked) }
    }

    private static let yes = OptionSpec.flag("--yes", .yesOption)
    private static let all = OptionSpec.flag("--all", .submitAllOption)

    static let submit = CommandSpec(
        "submit", aliases: ["iesniegt"], group: .statistics, parameters: [.someService], options: [all, yes],
        summary: .submitSummary, details: .submitDetails
    ) { command in
        let session = command.session, named = command.arguments[.someService]
        if command.arguments.flag(all) {
            if let named { throw CheckError.serviceWithAll(named) }
            return try submitAll(command)
        }
        guard let argument = named ?? session.openRecord?.service.code else { throw ShellError.noOpenRecord }
        if let open = session.openRecord, open.id == nil, named.map({ TextFolding.fold($0) == TextFolding.fold(open.service.code) }) ?? true {
            try session.requireNoUnsavedChanges()
        }
        let checked = try command.store.check(by: command.principal, year: session.year, service: argument,
                                              unsaved: session.unsavedRecord)[0]
        let target = checked.record
        if target.status == .submitted { throw StoreError.submittedReadOnly(code: target.service.code, year: target.year) }
        guard checked.errors.isEmpty else { throw StoreError.notReadyToSubmit(code: target.service.code, checked.errors) }
        command.shell.warnBeforeSubmitting([checked])
        guard command.arguments.flag(yes)
              || command.shell.confirmed(.confirmSubmit, ["year": target.year, "code": target.service.code, "name": target.service.name])
        else { return }
        let submitted = try command.store.submit(by: command.principal, service: target.service.code, year: target.year)
        if session.openRecord?.service.id == submitted.service.id { session.open(submitted, unsaved: false) }
        command.shell.inform(.recordSubmittedNow, ["year": submitted.year, "code": submitted.service.code])
    }

    /// submit --all: every draft of the year that passes `check`, after one confirmation.
    private static func submitAll(_ command: UserInvocation) throws {
        let shell = command.shell, session = command.session, year = session.year
        let drafts = try command.store.check(by: command.principal, year: year, unsaved: session.unsavedRecord)
        let ready = drafts.filter { $0.errors.isEmpty }
        shell.warnBeforeSubmitting(ready)
        if !ready.isEmpty && !command.arguments.flag(yes) && !shell.confirmed(.confirmSubmitAll, ["n": ready.count, "year": year]) { return }
        let outcome = try command.store.submitAll(by: command.principal, year: year, unsaved: session.unsavedServiceID)
        if let open = session.openRecord, let submitted = outcome.submitted.first(where: { $0.service.id == open.service.id }) {
            session.open(submitted, unsaved: false)
        }
        if !outcome.submitted.isEmpty {
            shell.output(shell.table(header: [.columnCode, .columnService],
                                     rows: outcome.submitted.map { [$0.service.code, $0.service.name] }))
        }
        for held in outcome.heldBack {
            shell.warn(Message(.heldBack, ["code": held.record.service.code, "reasons": MessageList(held.errors.map(\.message))]))
        }
        shell.output(shell.text(.submitAllTally, ["n": outcome.submitted.count, "year": year, "held": outcome.heldBack.count]))
    }
}

extension Interpreter {
    /// The warnings of check, shown before records become read-only (and before the question).
    func warnBeforeSubmitting(_ records: [CheckedRecord]) {
        for checked in records {
            for finding in checked.findings where !finding.isError {
                warn(Message(.submitWarning, ["code": checked.record.service.code, "finding": finding.message]))
            }
        }
    }
}

/// Why `check` or `submit --all` failed.
enum CheckError: Error, Equatable, Localized {
    /// Records with errors, which `submit` refuses.
    case recordsWithErrors(Int)
    case serviceWithAll(String)

    var message: Message {
        switch self {
        case .recordsWithErrors(let n): Message(ShellText.checkFoundErrors, ["n": n])
        case .serviceWithAll(let service): Message(ShellText.serviceWithAll, ["service": service])
        }
    }
}

extension Interpreter {
    /// One finding as `check` lists it: `error: MESSAGE (rule)`, the label coloured as diagnostics are.
    func rendered(_ finding: CheckFinding) -> String {
        Diagnostic(finding.isError ? .error : .warning, text(finding.message), at: nil)
            .rendered(in: language, colored: configuration.colored) + " [\(finding.rule.rawValue)]"
    }
}
