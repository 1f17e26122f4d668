import PKCore

/// The sections `help` lists commands under.
public enum CommandGroup: Sendable, CaseIterable {
    case session, statistics, services, administration

    var title: HelpText {
        switch self {
        case .session: .groupSession
        case .statistics: .groupStatistics
        case .services: .groupServices
        case .administration: .groupAdministration
        }
    }
}

/// One command or subcommand: its help, its arguments and what it does — the single definition
/// that help, usage errors, completion and execution are all derived from.
public struct CommandSpec: Sendable {
    /// What running the command does, and what it is handed.
    enum Action: Sendable {
        /// A command anyone may run, logged in or not.
        case anyone(@Sendable (Invocation) throws -> Void)
        /// A command of a logged-in user, handed who is logged in.
        case loggedIn(@Sendable (UserInvocation) throws -> Void)
    }

    public let name: String
    public let aliases: [String]
    public let group: CommandGroup
    public let parameters: [Parameter]
    public let options: [OptionSpec]
    public let summary: HelpText
    public let details: HelpText?
    /// Whether the command may change what completion offers (services, users, institutions, the login).
    public let changesCatalogue: Bool
    public let subcommands: [CommandSpec]
    let action: Action?

    /// A command of a logged-in user; one that `pages` a long listing also takes `--no-pager`.
    init(_ name: String, aliases: [String] = [], group: CommandGroup, parameters: [Parameter] = [],
         options: [OptionSpec] = [], summary: HelpText, details: HelpText? = nil, changesCatalogue: Bool = false,
         pages: Bool = false, action: @escaping @Sendable (UserInvocation) throws -> Void) {
        self.init(name, aliases, group, parameters, options + (pages ? [.noPager] : []), summary, details, changesCatalogue,
                  [], .loggedIn(pages ? Self.paged(action) : action))
    }

    /// The action with its output through the pager, unless `--no-pager` was given.
    private static func paged(_ action: @escaping @Sendable (UserInvocation) throws -> Void)
        -> @Sendable (UserInvocation) throws -> Void {
        { command in
            guard !command.arguments.flag(.noPager) else { return try action(command) }
            try command.shell.paging { try action(command) }
        }
    }

    /// A command anyone may run, logged in or not.
    static func anyone(_ name: String, aliases: [String] = [], group: CommandGroup, parameters: [Parameter] = [],
                       summary: HelpText, details: HelpText? = nil, changesCatalogue: Bool = false,
                       action: @escaping @Sendable (Invocation) throws -> Void) -> CommandSpec {
        CommandSpec(name, aliases, group, parameters, [], summary, details, changesCatalogue, [], .anyone(action))
    }

    /// A command word whose second word names one of `subcommands` (`service add`).
    init(family name: String, group: CommandGroup, summary: HelpText, subcommands: [CommandSpec]) {
        self.init(name, [], group, [], [], summary, nil, false, subcommands, nil)
    }

    private init(_ name: String, _ aliases: [String], _ group: CommandGroup, _ parameters: [Parameter],
                 _ options: [OptionSpec], _ summary: HelpText, _ details: HelpText?, _ changesCatalogue: Bool,
                 _ subcommands: [CommandSpec], _ action: Action?) {
        self.name = name
        self.aliases = aliases
        self.group = group
        self.parameters = parameters
        self.options = options
        self.summary = summary
        self.details = details
        self.changesCatalogue = changesCatalogue
        self.subcommands = subcommands
        self.action = action
    }

    /// Whether `word` names this command (case and diacritics ignored, aliases included).
    func answers(to word: String) -> Bool {
        let typed = TextFolding.fold(word)
        return name == typed || aliases.contains { TextFolding.fold($0) == typed }
    }

    /// The usage line under the name it was called by (`service add CODE NAME [--institution CODE]`).
    func usage(_ fullName: String) -> CommandUsage {
        CommandUsage(name: fullName, parameters: parameters, options: options)
    }
}
