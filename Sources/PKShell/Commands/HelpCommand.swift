import PKCore

/// help, help COMMAND, help channels, help CHANNEL — all generated from the command table.
extension CommandSpec {
    static let help = CommandSpec.anyone(
        "help", aliases: ["palīdzība"], group: .session, parameters: [.someTopic, .someSubcommand], summary: .helpSummary
    ) { command in
        let shell = command.shell, arguments = command.arguments
        shell.output(try HelpPages(table: shell.commands, language: shell.language)
            .text(for: arguments[.someTopic], subcommand: arguments[.someSubcommand]))
    }
}

/// The help texts, in one language.
struct HelpPages {
    let table: CommandTable
    let language: Language

    /// The page for `help [TOPIC [SUBCOMMAND]]`; a subcommand only after a family's name (`help service import`).
    func text(for topic: String?, subcommand: String? = nil) throws(ShellError) -> String {
        guard let topic else { return overview() }
        if let subcommand {
            guard let family = table.spec(named: topic), !family.subcommands.isEmpty else {
                throw .unknownHelpTopic("\(topic) \(subcommand)")
            }
            guard let sub = family.subcommands.first(where: { $0.answers(to: subcommand) }) else {
                throw .unknownHelpTopic("\(family.name) \(subcommand)")
            }
            return command(sub, named: "\(family.name) \(sub.name)")
        }
        if Self.isChannelsTopic(topic) { return channels() }
        if let spec = table.spec(named: topic) { return command(spec) }
        if let channel = try? Channel.match(topic) { return ChannelHelp(language: language).entry(channel) }
        throw .unknownHelpTopic(topic)
    }

    /// Whether `help TOPIC` asks for the channel overview, in any language (`channels`, `kanāli`).
    static func isChannelsTopic(_ topic: String) -> Bool {
        Language.allCases.contains { TextFolding.fold($0.rules.channelsTopic) == TextFolding.fold(topic) }
    }

    /// Written into one string as it goes: no line or section made and joined apart.
    func overview() -> String {
        var text = ""
        for group in CommandGroup.allCases {
            let specs = table.commands.filter { $0.group == group }
            let rows = specs.flatMap { spec in
                spec.subcommands.isEmpty ? [(shortUsage(spec, spec.name), language.text(spec.summary))]
                    : spec.subcommands.map { (shortUsage($0, "\(spec.name) \($0.name)"), language.text($0.summary)) }
            }
            let widths = rows.map { DisplayWidth.of($0.0) }
            let width = widths.max() ?? 0
            text += language.text(group.title)
            for ((usage, summary), usageWidth) in zip(rows, widths) {
                text += "\n  "
                text += usage
                text += DisplayWidth.padding(width - usageWidth + 2)
                text += summary
            }
            text += "\n\n"
        }
        return text + language.text(.helpFooter)
    }

    /// A command's page; a family's lists its subcommands, each with `help FAMILY SUBCOMMAND` for more.
    func command(_ spec: CommandSpec, named name: String? = nil) -> String {
        guard spec.subcommands.isEmpty else {
            return "\(spec.name): \(language.text(spec.summary))\n" + spec.subcommands.map { sub in
                "  " + sub.usage("\(spec.name) \(sub.name)").text(in: language) + "\n      " + language.text(sub.summary)
            }.joined(separator: "\n") + "\n\n" + language.text(.helpSubcommandMore, ["family": spec.name])
        }
        var lines = [language.text(.helpUsage, ["usage": spec.usage(name ?? spec.name)]), "", language.text(spec.summary)]
        if !spec.aliases.isEmpty { lines.append(language.text(.helpAlso, ["names": spec.aliases.joined(separator: ", ")])) }
        if let details = spec.details { lines += ["", language.text(details)] }
        if !spec.options.isEmpty {
            lines += ["", language.text(.helpOptions)] + spec.options.map { option in
                "  " + option.body(in: language) + "  " + language.text(option.summary)
            }
        }
        return lines.joined(separator: "\n")
    }

    func channels() -> String {
        language.text(.helpChannelsIntro) + "\n\n" + Channel.allCases.map(ChannelHelp(language: language).entry).joined(separator: "\n\n")
    }

    /// The overview's short form: optional options folded into `[OPTIONS]` when there are several.
    private func shortUsage(_ spec: CommandSpec, _ name: String) -> String {
        let optional = spec.options.filter { !$0.isRequired }
        guard optional.count > 1 else { return spec.usage(name).text(in: language) }
        return ([name] + spec.parameters.map { $0.synopsis(in: language) }
                + spec.options.filter(\.isRequired).map { $0.synopsis(in: language) } + [language.text(.metaOptions)])
            .joinedText(" ")
    }
}
