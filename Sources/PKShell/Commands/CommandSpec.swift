import PKCore

/// The sections `help` lists commands under.
public enum CommandGroup: Sendable, CaseIterable {
    case session, statistics, services, administration

    var title: TextKey {
        switch self {
        case .session: .groupSession
        case .statistics: .groupStatistics
        case .services: .groupServices
        case .administration: .groupAdministration
        }
    }
}

/// One command or subcommand: its help, its arguments and what it does — the single definition
/// that help, usage errors and execution are all derived from.
public struct CommandSpec: Sendable {
    public typealias Action = @Sendable (Interpreter, Arguments) throws -> Void

    public let name: String
    public let aliases: [String]
    public let group: CommandGroup
    public let parameters: [Parameter]
    public let options: [OptionSpec]
    public let summary: TextKey
    public let details: TextKey?
    public let needsLogin: Bool
    /// Whether the command may change what completion offers (services, users, institutions, the login).
    public let changesCatalogue: Bool
    public let subcommands: [CommandSpec]
    let action: Action?

    public init(_ name: String, aliases: [String] = [], group: CommandGroup, parameters: [Parameter] = [],
                options: [OptionSpec] = [], summary: TextKey, details: TextKey? = nil, needsLogin: Bool = true,
                changesCatalogue: Bool = false, action: @escaping Action) {
        self.name = name
        self.aliases = aliases
        self.group = group
        self.parameters = parameters
        self.options = options
        self.summary = summary
        self.details = details
        self.needsLogin = needsLogin
        self.changesCatalogue = changesCatalogue
        self.subcommands = []
        self.action = action
    }

    /// A command word whose second word names one of `subcommands` (`service add`).
    public init(family name: String, group: CommandGroup, summary: TextKey, subcommands: [CommandSpec]) {
        self.name = name
        self.aliases = []
        self.group = group
        self.parameters = []
        self.options = []
        self.summary = summary
        self.details = nil
        self.needsLogin = true
        self.changesCatalogue = false
        self.subcommands = subcommands
        self.action = nil
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
