import PKCore
import PKStore

/// Opening, saving, closing and submitting the year's records.
extension CommandSpec {
    static let add = CommandSpec(
        "add", aliases: ["pievienot"], group: .statistics, parameters: [Parameter(.metaService, .service)],
        summary: .addSummary, details: .addDetails
    ) { shell, arguments in
        try shell.session.requireNoUnsavedChanges()
        let record = try shell.store.newDraft(by: shell.session.requirePrincipal(), service: arguments.required("SERVICE"),
                                              year: shell.session.year)
        shell.session.open(record, unsaved: true)
        shell.inform(.recordCreated, ["year": record.year, "code": record.service.code, "name": record.service.name,
                                      "channels": record.channels.map(\.key).joined(separator: ", ")])
    }

    static let edit = CommandSpec(
        "edit", aliases: ["labot"], group: .statistics, parameters: [Parameter(.metaService, .service)],
        summary: .editSummary
    ) { shell, arguments in
        try shell.session.requireNoUnsavedChanges()
        let record = try shell.store.draft(by: shell.session.requirePrincipal(), service: arguments.required("SERVICE"),
                                           year: shell.session.year)
        shell.session.open(record, unsaved: false)
        let opened = ["year": record.year, "code": record.service.code, "name": record.service.name] as [String: any TextArgument]
        if let updated = record.updated {
            shell.inform(.draftOpenedUpdated, opened.merging(["updated": updated]) { $1 })
        } else {
            shell.inform(.draftOpened, opened)
        }
    }

    static let save = CommandSpec("save", aliases: ["saglabāt"], group: .statistics, summary: .saveSummary) { shell, _ in
        let record = try shell.session.requireOpenRecord()
        let saved = try shell.store.save(by: shell.session.requirePrincipal(), record)
        shell.session.open(saved, unsaved: false)
        shell.inform(.draftSaved, ["year": saved.year, "code": saved.service.code, "updated": saved.updated.map(shell.text) ?? ""])
        if saved.hasEServiceChannel && (saved.indicators == nil || saved.indicatorsStale) {
            shell.warn(Message(.indicatorsNotUpToDate, ["code": saved.service.code]))
        }
    }

    static let close = CommandSpec(
        "close", group: .statistics, options: [.flag("--discard", .discardOption)], summary: .closeSummary
    ) { shell, arguments in
        let record = try shell.session.requireOpenRecord()
        if !arguments.flag("--discard") { try shell.session.requireNoUnsavedChanges() }
        let dropped = shell.session.hasUnsavedChanges
        shell.session.closeRecord()
        shell.inform(dropped ? .recordClosedDiscarded : .recordClosed, ["code": record.service.code])
    }

    static let submit = CommandSpec(
        "submit", aliases: ["iesniegt"], group: .statistics, parameters: [Parameter(.metaService, .service, .optional)],
        options: [.flag("--yes", .yesOption)], summary: .submitSummary, details: .submitDetails
    ) { shell, arguments in
        let open = shell.session.openRecord
        guard let argument = arguments["SERVICE"] ?? open?.service.code else { throw ShellError.noOpenRecord }
        let principal = try shell.session.requirePrincipal()
        if arguments["SERVICE"] == nil || open.map({ TextFolding.fold($0.service.code) == TextFolding.fold(argument) }) == true {
            try shell.session.requireNoUnsavedChanges()
        }
        let target = try shell.store.record(by: principal, service: argument, year: shell.session.year)
        let isOpen = open?.service.id == target.service.id
        if isOpen { try shell.session.requireNoUnsavedChanges() }
        if let blocker = target.submitBlocker { throw blocker }
        if !arguments.flag("--yes") {
            try shell.confirm(.confirmSubmit, ["year": target.year, "code": target.service.code, "name": target.service.name])
        }
        let submitted = try shell.store.submit(by: principal, service: target.service.code, year: target.year)
        if isOpen { shell.session.open(submitted, unsaved: false) }
        shell.inform(.recordSubmittedNow, ["year": submitted.year, "code": submitted.service.code])
    }
}
