import PKCore
import PKStore

/// Opening, saving, closing and submitting the year's records.
extension CommandSpec {
    static let add = CommandSpec(
        "add", group: .statistics, parameters: [Parameter("SERVICE", .service)],
        summary: "create the year's draft record of a service and open it",
        details: "SERVICE is a code (015A) or a unique part of the name. The service must be published and have no record for the year yet (then use edit)."
    ) { shell, arguments in
        try shell.session.requireNoUnsavedChanges()
        let record = try shell.store.newDraft(by: shell.session.requirePrincipal(), service: arguments.required("SERVICE"),
                                              year: shell.session.year)
        shell.session.open(record, unsaved: true)
        shell.inform("new \(record.year) record of \(record.service.code) \(record.service.name); channels: "
                     + record.channels.map(\.key).joined(separator: ", ") + ". Enter counts with set, then save.")
    }

    static let edit = CommandSpec(
        "edit", group: .statistics, parameters: [Parameter("SERVICE", .service)],
        summary: "open the year's saved draft of a service (Labot)"
    ) { shell, arguments in
        try shell.session.requireNoUnsavedChanges()
        let record = try shell.store.draft(by: shell.session.requirePrincipal(), service: arguments.required("SERVICE"),
                                           year: shell.session.year)
        shell.session.open(record, unsaved: false)
        shell.inform("opened the \(record.year) draft of \(record.service.code) \(record.service.name)"
                     + (record.updated.map { ", last updated \($0.latvian)" } ?? ""))
    }

    static let save = CommandSpec("save", group: .statistics,
                                  summary: "save the open record as a draft (Saglabāt)") { shell, _ in
        let record = try shell.session.requireOpenRecord()
        let saved = try shell.store.save(by: shell.session.requirePrincipal(), record)
        shell.session.open(saved, unsaved: false)
        shell.inform("saved the \(saved.year) draft of \(saved.service.code) (\(saved.updated?.latvian ?? ""))")
        if saved.hasEServiceChannel && (saved.indicators == nil || saved.indicatorsStale) {
            shell.warn("the quality indicators of \(saved.service.code) are not up to date; run compute, then save, before submit")
        }
    }

    static let close = CommandSpec(
        "close", group: .statistics, options: [.flag("--discard", "drop unsaved changes")],
        summary: "leave the open record; refuses while there are unsaved changes unless --discard"
    ) { shell, arguments in
        let record = try shell.session.requireOpenRecord()
        if !arguments.flag("--discard") { try shell.session.requireNoUnsavedChanges() }
        let dropped = shell.session.hasUnsavedChanges
        shell.session.closeRecord()
        shell.inform("closed \(record.service.code)" + (dropped ? "; unsaved changes discarded" : ""))
    }

    static let submit = CommandSpec(
        "submit", group: .statistics, parameters: [Parameter("SERVICE", .service, .optional)],
        options: [.flag("--yes", "do not ask for confirmation")],
        summary: "submit a saved record (Iesniegt); it becomes read-only",
        details: "Without SERVICE, the open record. Refuses unsaved changes and indicators older than the counts. Asks for confirmation at a terminal unless --yes."
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
            try shell.confirm("Submit the \(target.year) record of \(target.service.code) \(target.service.name)? It becomes read-only.")
        }
        let submitted = try shell.store.submit(by: principal, service: target.service.code, year: target.year)
        if isOpen { shell.session.open(submitted, unsaved: false) }
        shell.inform("submitted the \(submitted.year) record of \(submitted.service.code); it is now read-only")
    }
}
