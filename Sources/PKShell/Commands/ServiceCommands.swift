import PKCore
import PKStore

/// Service descriptions: services, service add|channels|publish|show.
extension CommandSpec {
    static let services = CommandSpec(
        "services", group: .statistics, parameters: [Parameter("TEXT", .text, .optional)],
        summary: "your institution's services: code, name, published or not, channels",
        details: "TEXT keeps the services whose code or name contains it (case and diacritics ignored). Administrators see every institution's."
    ) { shell, arguments in
        let principal = try shell.session.requirePrincipal()
        let services = try shell.store.services(by: principal, matching: arguments["TEXT"])
        guard !services.isEmpty else { return shell.print("no services" + (arguments["TEXT"].map { " matching '\($0)'" } ?? "")) }
        let admin = principal.user.isAdministrator
        shell.print(TextTable.render(
            header: ["code", "service"] + (admin ? ["institution"] : []) + ["published", "channels"],
            rows: services.map { service in
                [service.code, service.name] + (admin ? [service.institution.code] : [])
                    + [service.isPublished ? "yes" : "no", service.channels.map(\.key).joined(separator: " ")]
            }))
    }

    static let service = CommandSpec(family: "service", group: .services, summary: "service descriptions",
                                     subcommands: [serviceAdd, serviceChannels, servicePublish, serviceShow])

    static let serviceAdd = CommandSpec(
        "add", group: .services, parameters: [Parameter("CODE", .text), Parameter("NAME", .text)],
        options: [.value("--institution", "CODE", .institution, "the holder institution (administrators)")],
        summary: "a new, unpublished description", changesCatalogue: true
    ) { shell, arguments in
        let service = try shell.store.addService(by: shell.session.requirePrincipal(), code: arguments.required("CODE"),
                                                 name: arguments.required("NAME"), institutionCode: arguments.option("--institution"))
        shell.inform("added \(service.code) \(service.name) (\(service.institution.code)); next: service channels \(service.code) CHANNEL...")
    }

    static let serviceChannels = CommandSpec(
        "channels", group: .services, parameters: [Parameter("CODE", .service), Parameter("CHANNEL", .channel, .oneOrMore)],
        summary: "set the channels of the description (replaces the list)", changesCatalogue: true
    ) { shell, arguments in
        var channels: [Channel] = []
        for text in arguments.all("CHANNEL") { channels.append(try Channel.match(text)) }
        let service = try shell.store.setChannels(by: shell.session.requirePrincipal(), service: arguments.required("CODE"), to: channels)
        if shell.session.openRecord?.service.id == service.id { shell.session.openRecord?.service = service }
        shell.inform("\(service.code) channels: \(service.channels.map(\.key).joined(separator: ", "))")
    }

    static let servicePublish = CommandSpec(
        "publish", group: .services, parameters: [Parameter("CODE", .service)],
        summary: "publish the description; only published services take statistics", changesCatalogue: true
    ) { shell, arguments in
        let service = try shell.store.publish(by: shell.session.requirePrincipal(), service: arguments.required("CODE"))
        shell.inform("published \(service.code) \(service.name)")
    }

    static let serviceShow = CommandSpec(
        "show", group: .services, parameters: [Parameter("CODE", .service)], summary: "the description"
    ) { shell, arguments in
        let service = try shell.store.service(by: shell.session.requirePrincipal(), arguments.required("CODE"))
        shell.print(TextTable.fields([
            ("code", service.code), ("name", service.name),
            ("institution", "\(service.institution.code) \(service.institution.name)"),
            ("published", service.isPublished ? "yes" : "no"),
            ("channels", service.channels.isEmpty ? "none" : service.channels.map { "\($0.key) (\($0.latvianName))" }.joined(separator: ", ")),
            ("e-service", service.isEService ? "yes: quality indicators apply" : "no"),
        ]))
    }
}
