import PKCore
import PKStore

/// The rest of a service card: service rename|describe|contact|hours|unpublish|delete.
extension CommandSpec {
    static let serviceRename = CommandSpec(
        "rename", group: .services, parameters: [.serviceCode, .name], summary: .serviceRenameSummary, changesCatalogue: true
    ) { command in
        let service = try command.store.renameService(by: command.principal, service: command.arguments.required(.serviceCode),
                                                      to: command.arguments.required(.name))
        command.session.refresh(service)
        command.shell.inform(.serviceRenamed, ["code": service.code, "name": service.name])
    }

    static let serviceDescribe = CommandSpec(
        "describe", group: .services, parameters: [.serviceCode, .cardText], summary: .serviceDescribeSummary,
        details: .serviceDescribeDetails
    ) { command in
        let text = command.arguments.required(.cardText)
        let service = try command.store.describeService(by: command.principal, service: command.arguments.required(.serviceCode),
                                                        as: text)
        command.shell.inform(text.isEmpty ? .serviceDescriptionCleared : .serviceDescribed, ["code": service.code])
    }

    static let serviceContact = CommandSpec(
        "contact", group: .services, parameters: [.serviceCode, .cardChannel, .cardText], summary: .serviceContactSummary,
        details: .serviceContactDetails
    ) { command in
        let arguments = command.arguments
        let channel = try Channel.match(arguments.required(.cardChannel))
        let code = arguments.required(.serviceCode), text = arguments.required(.cardText)
        _ = try command.store.setContact(by: command.principal, service: code, channel: channel, to: text)
        command.shell.inform(text.isEmpty ? .channelContactCleared : .channelContactSet, ["code": code, "channel": channel.key])
    }

    static let serviceHours = CommandSpec(
        "hours", group: .services, parameters: [.serviceCode, .cardChannel, .hours], summary: .serviceHoursSummary,
        details: .serviceHoursDetails
    ) { command in
        let arguments = command.arguments
        let channel = try Channel.match(arguments.required(.cardChannel))
        let hours = try WorkingHours(typed: arguments.required(.hours))
        let code = arguments.required(.serviceCode)
        let card = try command.store.setHours(by: command.principal, service: code, channel: channel, to: hours)
        command.shell.inform(card.hours.isEmpty ? .channelHoursCleared : .channelHoursSet,
                             ["code": code, "channel": channel.key, "hours": card.hours.typedForm])
    }

    static let serviceUnpublish = CommandSpec(
        "unpublish", group: .services, parameters: [.serviceCode], summary: .serviceUnpublishSummary, changesCatalogue: true
    ) { command in
        let (service, changed) = try command.store.unpublish(by: command.principal, service: command.arguments.required(.serviceCode))
        command.session.refresh(service)
        command.shell.inform(changed ? .serviceUnpublished : .serviceWasNotPublished, ["code": service.code, "name": service.name])
    }

    private static let yes = OptionSpec.flag("--yes", .yesOption)

    static let serviceDelete = CommandSpec(
        "delete", group: .services, parameters: [.serviceCode], options: [yes], summary: .serviceDeleteSummary,
        details: .serviceDeleteDetails, changesCatalogue: true
    ) { command in
        let argument = command.arguments.required(.serviceCode)
        let (service, drafts) = try command.store.draftsDeletedWith(by: command.principal, service: argument)
        if command.session.openRecord?.service.id == service.id { try command.session.requireNoUnsavedChanges() }
        // Drafts go with the description only when someone said so: a yes at the terminal, or --yes in a script.
        if !drafts.isEmpty && !command.arguments.flag(yes) && !command.shell.console.isInteractive {
            throw ShellError.deleteNeedsYes(code: service.code, drafts: drafts.count, years: yearList(drafts))
        }
        guard command.arguments.flag(yes)
              || command.shell.confirmed(drafts.isEmpty ? .confirmDeleteService : .confirmDeleteServiceAndDrafts,
                                         ["code": service.code, "name": service.name, "n": drafts.count, "years": yearList(drafts)])
        else { return }
        let (deleted, years) = try command.store.deleteService(by: command.principal, service: service.code)
        if command.session.openRecord?.service.id == deleted.id { command.session.closeRecord() }
        command.shell.inform(years.isEmpty ? .serviceDeleted : .serviceDeletedAndDrafts, ["code": deleted.code, "name": deleted.name, "n": years.count, "years": yearList(years)])
    }

    /// `2018, 2019`, or nothing.
    private static func yearList(_ years: [Int]) -> String { years.map(String.init).joined(separator: ", ") }
}
