import PKCore
import PKStore

/// Opening, saving and closing the year's records.
extension CommandSpec {
    static let addFrom = OptionSpec.value("--from", .metaYear, .year, .addFromOption)

    static let add = CommandSpec(
        "add", aliases: ["pievienot"], group: .statistics, parameters: [.publishedService], options: [addFrom],
        summary: .addSummary, details: .addDetails
    ) { command in
        try command.session.requireNoUnsavedChanges()
        try command.shell.createDraft(command, from: command.arguments[addFrom])
    }

    static let edit = CommandSpec(
        "edit", aliases: ["labot"], group: .statistics, parameters: [.service], summary: .editSummary
    ) { command in
        try command.session.requireNoUnsavedChanges()
        command.shell.openDraft(try command.store.draft(by: command.principal, service: command.arguments.required(.service),
                                                        year: command.session.year))
    }

    static let open = CommandSpec(
        "open", aliases: ["atvērt"], group: .statistics, parameters: [.publishedService], summary: .openSummary, details: .openDetails
    ) { command in
        try command.session.requireNoUnsavedChanges()
        do {
            command.shell.openDraft(try command.store.draft(by: command.principal, service: command.arguments.required(.publishedService),
                                                            year: command.session.year))
        } catch StoreError.noRecord {
            try command.shell.createDraft(command, from: nil)
        }
    }

    static let save = CommandSpec("save", aliases: ["saglabāt"], group: .statistics, summary: .saveSummary) { command in
        let shell = command.shell, open = try command.session.requireOpenRecord()
        guard command.session.hasUnsavedChanges || open.status == .submitted else {  // a submitted one is refused below
            return shell.inform(.nothingToSave) { ["year": open.year, "code": open.service.code, "updated": open.updated.map(shell.text) ?? ""] }
        }
        let saved = try command.store.save(by: command.principal, open)
        command.session.open(saved, unsaved: false)
        shell.inform(.draftSaved) { ["year": saved.year, "code": saved.service.code, "updated": saved.updated.map(shell.text) ?? ""] }
        if saved.hasEServiceChannel && (saved.indicators == nil || saved.indicatorsStale) {
            shell.warn(Message(saved.indicators == nil ? .indicatorsNeverComputed : .indicatorsNotUpToDate, ["code": saved.service.code]))
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
}

extension Interpreter {
    /// Creates the year's draft of the command's service, from another year's record when `source` names one.
    func createDraft(_ command: UserInvocation, from source: String?) throws {
        let service = command.arguments.required(.publishedService), year = session.year
        let source = try source.map { try reportingYear($0) }
        let record: StatisticsRecord
        if let source {
            let started = try command.store.newDraft(by: command.principal, service: service, year: year, from: source)
            record = started.record
            if !started.dropped.isEmpty {
                warn(Message(.channelsNotCarried, ["code": record.service.code, "year": source,
                                                   "channels": started.dropped.map(\.key).joined(separator: ", ")]))
            }
        } else {
            record = try command.store.newDraft(by: command.principal, service: service, year: year)
        }
        session.open(record, unsaved: true)
        inform(source == nil ? .recordCreated : .recordCreatedFrom) {
            var created: [String: any TextArgument] = ["year": record.year, "code": record.service.code, "name": record.service.name,
                                                       "channels": record.channels.map(\.key).joined(separator: ", ")]
            if let source { created["from"] = source }
            return created
        }
    }

    /// Opens a saved draft and says so.
    func openDraft(_ record: StatisticsRecord) {
        session.open(record, unsaved: false)
        let opened = ["year": record.year, "code": record.service.code, "name": record.service.name] as [String: any TextArgument]
        if let updated = record.updated {
            inform(.draftOpenedUpdated, opened.merging(["updated": updated]) { $1 })
        } else {
            inform(.draftOpened, opened)
        }
    }
}
