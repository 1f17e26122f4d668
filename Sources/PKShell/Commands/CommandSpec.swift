/// The sections `help` lists commands under.
public enum CommandGroup: String, Sendable, CaseIterable {
    case session = "Session"
    case statistics = "Statistics (your institution, the current year)"
    case services = "Service descriptions"
    case administration = "Administration (administrators only)"
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
    public let summary: String
    public let details: String
    public let needsLogin: Bool
    /// Whether the command may change what completion offers (services, users, institutions, the login).
    public let changesCatalogue: Bool
    public let subcommands: [CommandSpec]
    let action: Action?

    public init(_ name: String, aliases: [String] = [], group: CommandGroup, parameters: [Parameter] = [],
                options: [OptionSpec] = [], summary: String, details: String = "", needsLogin: Bool = true,
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
    public init(family name: String, group: CommandGroup, summary: String, subcommands: [CommandSpec]) {
        self.name = name
        self.aliases = []
        self.group = group
        self.parameters = []
        self.options = []
        self.summary = summary
        self.details = ""
        self.needsLogin = true
        self.changesCatalogue = false
        self.subcommands = subcommands
        self.action = nil
    }

    /// Whether `word` names this command (case-insensitive, aliases included).
    func answers(to word: String) -> Bool {
        let typed = word.lowercased()
        return name == typed || aliases.contains(typed)
    }

    /// The arguments part of the usage line: `CHANNEL STARTED COMPLETED [--json]`.
    var argumentSynopsis: String {
        (parameters.map(\.synopsis) + options.map(\.synopsis)).joined(separator: " ")
    }
}
