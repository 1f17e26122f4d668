import PKCore
import PKStore

/// Opening, saving, closing and submitting the year's records.
extension CommandSpec {
    static let add = CommandSpec(
        "add", aliases: ["pievienot"], group: .statistics, parameters: [.publishedService], summary: .addSummary, details: .addDetails
    ) { command in
        try command.session.requireNoUnsavedChanges()
        let record = try command.store.newDraft(by: command.principal, service: command.arguments.required(.publishedService),
                                                year: command.session.year)
        command.session.open(record, unsaved: true)
        command.shell.inform(.recordCreated, ["year": record.year, "code": record.service.code, "name": record.service.name,
                                              "channels": record.channels.map(\.key).joined(separator: ", ")])
    }

    static let edit = CommandSpec(
        "edit", aliases: ["labot"], group: .statistics, parameters: [.service], summary: .editSummary
    ) { command in
        try command.session.requireNoUnsavedChanges()
        let record = try command.store.draft(by: command.principal, service: command.arguments.required(.service),
                                             year: command.session.year)
        command.session.open(record, unsaved: false)
        let opened = ["year": record.year, "code": record.service.code, "name": record.service.name] as [String: any TextArgument]
        if let updated = record.updated {
            command.shell.inform(.draftOpenedUpdated, opened.merging(["updated": updated]) { $1 })
        } else {
            command.shell.inform(.draftOpened, opened)
        }
    }

    static let save = CommandSpec("save", aliases: ["saglabāt"], group: .statistics, summary: .saveSummary) { command in
        let shell = command.shell
        let saved = try command.store.save(by: command.principal, try command.session.requireOpenRecord())
        command.session.open(saved, unsaved: false)
        shell.inform(.draftSaved, ["year": saved.year, "code": saved.service.code, "updated": saved.updated.map(shell.text) ?? ""])
        if saved.hasEServiceChannel && (saved.indicators == nil || saved.indicatorsStale) {
            shell.warn(Message(.indicatorsNotUpToDate, ["code": saved.service.code]))
        }
    }

    private static let discard = OptionSpec.flag("--discard", .discardOption)

    static let close = CommandSpec("close", group: .statistics, options: [discard], summary: .closeSummary) { command in
        let record = try command.session.requireOpenRecord()
        if !command.arguments.flag(discard) { try command.session.requireNoUnsavedChanges() }
        let dropped = command.session.hasUnsavedChanges
        command.session.closeRecord()
        command.shell.inform(dropped ? .recordClosedDiscarded : .recordClosed, ["code": record.service.code])
    }

    private static let yes = OptionSpec.flag("--yes", .yesOption)

    static let submit = CommandSpec(
        "submit", aliases: ["iesniegt"], group: .statistics, parameters: [.someService], options: [yes],
        summary: .submitSummary, details: .submitDetails
    ) { command in
        let session = command.session, named = command.arguments[.someService]
        let open = session.openRecord
        guard let argument = named ?? open?.service.code else { throw ShellError.noOpenRecord }
        if named == nil || open.map({ TextFolding.fold($0.service.code) == TextFolding.fold(argument) }) == true {
            try session.requireNoUnsavedChanges()
        }
        let target = try command.store.record(by: command.principal, service: argument, year: session.year)
        let isOpen = open?.service.id == target.service.id
        if isOpen { try session.requireNoUnsavedChanges() }
        if let blocker = target.submitBlocker { throw blocker }
        guard command.arguments.flag(yes)
              || command.shell.confirmed(.confirmSubmit, ["year": target.year, "code": target.service.code, "name": target.service.name])
        else { return }
        let submitted = try command.store.submit(by: command.principal, service: target.service.code, year: target.year)
        if isOpen { session.open(submitted, unsaved: false) }
        command.shell.inform(.recordSubmittedNow, ["year": submitted.year, "code": submitted.service.code])
    }
}
