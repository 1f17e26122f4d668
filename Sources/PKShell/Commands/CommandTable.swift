import PKCore

/// Every command of the shell, in the order `help` lists them.
public struct CommandTable: Sendable {
    public let commands: [CommandSpec]
    /// Every name and alias, folded (case and diacritics dropped), to its command: one lookup per line.
    private let byName: [String: CommandSpec]

    public init(commands: [CommandSpec]) {
        self.commands = commands
        byName = Dictionary(commands.flatMap { spec in ([spec.name] + spec.aliases).map { (TextFolding.fold($0), spec) } },
                            uniquingKeysWith: { first, _ in first })
    }

    public static let standard: CommandTable = CommandTable(commands: [
        .login, .logout, .whoami, .passwd, .year, .help, .source, .letVariable, .quit,
        .services, .stats, .missing, .add, .edit, .open, .set, .unset, .complaints, .delays, .compute, .show, .save,
        .close, .check, .compare, .submit, .export, .importRecords, .log,
        .service,
        .overview, .reopen, .institution, .user, .passwordCost,
    ])

    /// The command a line names, its full name, and the words after the command name(s).
    func resolve(_ words: [Word]) throws(UsageError) -> (CommandSpec, String, ArraySlice<Word>) {
        let first = words[0].text
        guard let spec = self.spec(named: first) else {
            throw .unknownCommand(first, suggestion: Suggestions.nearest(to: first, among: commands.flatMap { [$0.name] + $0.aliases }))
        }
        guard !spec.subcommands.isEmpty else { return (spec, spec.name, words.dropFirst()) }
        let choices = spec.subcommands.map(\.name)
        guard words.count > 1 else { throw .missingSubcommand(family: spec.name, choices: choices) }
        guard let sub = spec.subcommands.first(where: { $0.answers(to: words[1].text) }) else {
            throw .unknownSubcommand(words[1].text, family: spec.name, choices: choices)
        }
        return (sub, "\(spec.name) \(sub.name)", words.dropFirst(2))
    }

    /// The command or family called `name` (case and diacritics ignored: `saglabat` is `saglabāt`). A name
    /// typed as it is folded (nearly always) is found without folding it: folding is idempotent.
    func spec(named name: String) -> CommandSpec? {
        byName[name] ?? byName[TextFolding.fold(name)]
    }
}
