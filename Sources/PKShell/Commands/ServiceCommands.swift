import PKCore
import PKExport
import PKStore

/// Service descriptions: services, service add|channels|publish|show.
extension CommandSpec {
    static let services = CommandSpec(
        "services", group: .statistics, parameters: [.someText], summary: .servicesSummary, details: .servicesDetails, pages: true
    ) { command in
        let shell = command.shell, text = command.arguments[.someText]
        let services = try command.store.services(by: command.principal, matching: text)
        guard !services.isEmpty else {
            return shell.output(text.map { shell.text(.noServicesMatching, ["text": $0]) } ?? shell.text(.noServices))
        }
        let admin = command.principal.user.isAdministrator
        shell.output(shell.table(
            header: [.columnCode, .columnService] + (admin ? [.columnInstitution] : []) + [.columnPublished, .columnChannels],
            rows: services.map { service in
                [service.code, service.name] + (admin ? [service.institution.code] : [])
                    + [shell.text(service.isPublished ? .yes : .no), service.channels.map { $0.tableName(in: shell.language) }
                        .joined(separator: shell.language == .lv ? ", " : " ")]
            }))
    }

    static let service = CommandSpec(family: "service", group: .services, summary: .serviceFamilySummary,
                                     subcommands: [serviceAdd, serviceChannels, servicePublish, serviceShow, serviceDescribe,
                                                   serviceContact, serviceHours, serviceRename, serviceUnpublish,
                                                   serviceDelete, serviceImport])

    private static let serviceInstitution = OptionSpec.value("--institution", .metaCode, .institution, .serviceInstitutionOption)

    static let serviceAdd = CommandSpec(
        "add", group: .services, parameters: [.code, .name], options: [serviceInstitution],
        summary: .serviceAddSummary, changesCatalogue: true
    ) { command in
        let arguments = command.arguments
        let service = try command.store.addService(by: command.principal, code: arguments.required(.code),
                                                   name: arguments.required(.name), institutionCode: arguments[serviceInstitution])
        command.shell.inform(.serviceAdded, ["code": service.code, "name": service.name, "institution": service.institution.code])
    }

    static let serviceChannels = CommandSpec(
        "channels", group: .services, parameters: [.serviceCode, .channels], summary: .serviceChannelsSummary,
        changesCatalogue: true
    ) { command in
        var channels: [Channel] = []
        for text in command.arguments.all(.channels) { channels.append(try Channel.match(text)) }
        let service = try command.store.setChannels(by: command.principal, service: command.arguments.required(.serviceCode),
                                                    to: channels)
        command.session.refresh(service)
        command.shell.inform(.serviceChannelsSet, ["code": service.code, "channels": service.channels.map(\.key).joined(separator: ", ")])
    }

    static let servicePublish = CommandSpec(
        "publish", group: .services, parameters: [.serviceCode], summary: .servicePublishSummary, changesCatalogue: true
    ) { command in
        let (service, changed) = try command.store.publish(by: command.principal, service: command.arguments.required(.serviceCode))
        command.shell.inform(changed ? .servicePublished : .serviceAlreadyPublished, ["code": service.code, "name": service.name])
    }

    private static let cardJSON = OptionSpec.flag("--json", .serviceJSONOption)

    static let serviceShow = CommandSpec(
        "show", group: .services, parameters: [.serviceCode], options: [cardJSON], summary: .serviceShowSummary,
        details: .serviceShowDetails
    ) { command in
        let (service, cards) = try command.store.card(by: command.principal, service: command.arguments.required(.serviceCode))
        command.shell.output(command.arguments.flag(cardJSON) ? ServiceJSON.object(service, cards)
                             : ServiceCardView(language: command.shell.language).render(service, cards))
    }
}
