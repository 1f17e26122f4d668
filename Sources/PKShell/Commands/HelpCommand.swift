import PKCore

/// help, help COMMAND, help channels, help CHANNEL — all generated from the command table.
extension CommandSpec {
    static let help = CommandSpec(
        "help", group: .session, parameters: [Parameter("TOPIC", .text, .optional)],
        summary: "this list; help COMMAND for one command; help channels for the 11 channels",
        needsLogin: false
    ) { shell, arguments in
        shell.print(try HelpText.text(for: arguments["TOPIC"], in: shell.commands))
    }
}

enum HelpText {
    static func text(for topic: String?, in table: CommandTable) throws(ShellError) -> String {
        guard let topic else { return overview(table) }
        if TextFolding.fold(topic) == "channels" || TextFolding.fold(topic) == "kanali" { return channels() }
        if let spec = table.spec(named: topic) { return command(spec) }
        if let channel = try? Channel.match(topic) { return ChannelHelp.entry(channel) }
        throw .unknownHelpTopic(topic)
    }

    static func overview(_ table: CommandTable) -> String {
        var sections: [String] = []
        for group in CommandGroup.allCases {
            let specs = table.commands.filter { $0.group == group }
            let rows = specs.flatMap { spec in
                spec.subcommands.isEmpty ? [(shortUsage(spec, spec.name), spec.summary)]
                    : spec.subcommands.map { (shortUsage($0, "\(spec.name) \($0.name)"), $0.summary) }
            }
            let width = rows.map(\.0.count).max() ?? 0
            sections.append(group.rawValue + "\n" + rows.map { usage, summary in
                "  " + usage + String(repeating: " ", count: width - usage.count + 2) + summary
            }.joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n")
            + "\n\nhelp COMMAND tells more; help channels explains the 11 channels. Words with blanks go in quotes."
    }

    static func command(_ spec: CommandSpec) -> String {
        guard spec.subcommands.isEmpty else {
            return "\(spec.name): \(spec.summary)\n" + spec.subcommands.map { sub in
                "  " + usage(sub, "\(spec.name) \(sub.name)") + "\n      " + sub.summary
            }.joined(separator: "\n")
        }
        var lines = ["usage: " + usage(spec, spec.name), "", spec.summary]
        if !spec.aliases.isEmpty { lines.append("also: " + spec.aliases.joined(separator: ", ")) }
        if !spec.details.isEmpty { lines += ["", spec.details] }
        if !spec.options.isEmpty {
            lines += ["", "options:"] + spec.options.map { option in
                "  " + (option.value.map { "\(option.name) \($0.name)" } ?? option.name) + "  " + option.summary
            }
        }
        return lines.joined(separator: "\n")
    }

    static func channels() -> String {
        "The 11 channels. Type a key, the Latvian name or a unique beginning of either.\n\n"
            + Channel.allCases.map(ChannelHelp.entry).joined(separator: "\n\n")
    }

    private static func usage(_ spec: CommandSpec, _ name: String) -> String {
        spec.argumentSynopsis.isEmpty ? name : "\(name) \(spec.argumentSynopsis)"
    }

    /// The overview's short form: optional options folded into `[OPTIONS]` when there are several.
    private static func shortUsage(_ spec: CommandSpec, _ name: String) -> String {
        let optional = spec.options.filter { !$0.isRequired }
        guard optional.count > 1 else { return usage(spec, name) }
        return ([name] + spec.parameters.map(\.synopsis) + spec.options.filter(\.isRequired).map(\.synopsis)
                + ["[OPTIONS]"]).joined(separator: " ")
    }
}
