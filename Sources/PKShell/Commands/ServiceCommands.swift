import PKCore
import PKStore

/// Service descriptions: services, service add|channels|publish|show.
extension CommandSpec {
    static let services = CommandSpec(
        "services", group: .statistics, parameters: [Parameter(.metaText, .text, .optional)],
        summary: .servicesSummary, details: .servicesDetails
    ) { shell, arguments in
        let principal = try shell.session.requirePrincipal()
        let services = try shell.store.services(by: principal, matching: arguments["TEXT"])
        guard !services.isEmpty else {
            return shell.print(arguments["TEXT"].map { shell.text(.noServicesMatching, ["text": $0]) } ?? shell.text(.noServices))
        }
        let admin = principal.user.isAdministrator
        shell.print(shell.table(
            header: [.columnCode, .columnService] + (admin ? [.columnInstitution] : []) + [.columnPublished, .columnChannels],
            rows: services.map { service in
                [service.code, service.name] + (admin ? [service.institution.code] : [])
                    + [shell.text(service.isPublished ? .yes : .no), service.channels.map(\.key).joined(separator: " ")]
            }))
    }

    static let service = CommandSpec(family: "service", group: .services, summary: .serviceFamilySummary,
                                     subcommands: [serviceAdd, serviceChannels, servicePublish, serviceShow])

    static let serviceAdd = CommandSpec(
        "add", group: .services, parameters: [Parameter(.metaCode, .text), Parameter(.metaName, .text)],
        options: [.value("--institution", .metaCode, .institution, .serviceInstitutionOption)],
        summary: .serviceAddSummary, changesCatalogue: true
    ) { shell, arguments in
        let service = try shell.store.addService(by: shell.session.requirePrincipal(), code: arguments.required("CODE"),
                                                 name: arguments.required("NAME"), institutionCode: arguments.option("--institution"))
        shell.inform(.serviceAdded, ["code": service.code, "name": service.name, "institution": service.institution.code])
    }

    static let serviceChannels = CommandSpec(
        "channels", group: .services, parameters: [Parameter(.metaCode, .service), Parameter(.metaChannel, .channel, .oneOrMore)],
        summary: .serviceChannelsSummary, changesCatalogue: true
    ) { shell, arguments in
        var channels: [Channel] = []
        for text in arguments.all("CHANNEL") { channels.append(try Channel.match(text)) }
        let service = try shell.store.setChannels(by: shell.session.requirePrincipal(), service: arguments.required("CODE"), to: channels)
        if shell.session.openRecord?.service.id == service.id { shell.session.openRecord?.service = service }
        shell.inform(.serviceChannelsSet, ["code": service.code, "channels": service.channels.map(\.key).joined(separator: ", ")])
    }

    static let servicePublish = CommandSpec(
        "publish", group: .services, parameters: [Parameter(.metaCode, .service)],
        summary: .servicePublishSummary, changesCatalogue: true
    ) { shell, arguments in
        let service = try shell.store.publish(by: shell.session.requirePrincipal(), service: arguments.required("CODE"))
        shell.inform(.servicePublished, ["code": service.code, "name": service.name])
    }

    static let serviceShow = CommandSpec(
        "show", group: .services, parameters: [Parameter(.metaCode, .service)], summary: .serviceShowSummary
    ) { shell, arguments in
        let service = try shell.store.service(by: shell.session.requirePrincipal(), arguments.required("CODE"))
        shell.print(shell.fields([
            (.columnCode, service.code), (.fieldServiceName, service.name),
            (.columnInstitution, "\(service.institution.code) \(service.institution.name)"),
            (.columnPublished, shell.text(service.isPublished ? .yes : .no)),
            (.columnChannels, service.channels.isEmpty ? shell.text(.noChannelsYet)
                : service.channels.map { "\($0.key) (\($0.latvianName))" }.joined(separator: ", ")),
            (.fieldEService, shell.text(service.isEService ? .eServiceYes : .no)),
        ]))
    }
}
