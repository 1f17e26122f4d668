/// The common command lines — the shell, `-c` and `run`, with the options of `CommandLineOption` — parsed
/// by hand: argument-parser builds its parser by reflection, which scans every protocol conformance record
/// of the binary and was most of `pks -c help`'s start-up. Anything else (help, completion scripts, the
/// other subcommands, a repeated or unknown option, a value that starts with `-`) is left to argument-parser,
/// which thus still writes every message about the command line.
struct QuickCommandLine {
    /// Each option's values, by its place in `CommandLineOption.allCases` (an array: a dictionary type keyed by
    /// the option would cost a search of every protocol conformance at start-up).
    private var values = [[String]?](repeating: nil, count: CommandLineOption.allCases.count)
    private var positionals: [String] = []

    /// What `arguments` (in `CommandLineOrder`) ask pks to do, or nil for argument-parser to parse them.
    static func command(_ arguments: [String]) -> (() throws -> Void)? {
        let subcommand = arguments.first.flatMap { $0 == "run" || $0 == "shell" ? $0 : nil }
        guard let line = QuickCommandLine(arguments.dropFirst(subcommand == nil ? 0 : 1)) else { return nil }
        if subcommand == "run" {
            guard !line.positionals.isEmpty, !line.flag(.command) else { return nil }
            return { try RunCommand.run(global: .parsed(line), script: ScriptOptionGroup.parsed(line), files: line.positionals) }
        }
        guard line.positionals.isEmpty else { return nil }
        return { try ShellCommand.run(global: .parsed(line), script: ScriptOptionGroup.parsed(line), commands: line.values(of: .command)) }
    }

    private init?(_ words: ArraySlice<String>) {
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            index += 1
            guard word.hasPrefix("-") else {
                positionals.append(word)
                continue
            }
            let attached = word.hasPrefix("--") ? word.firstIndex(of: "=") : nil
            guard let option = CommandLineOption(rawValue: attached.map { String(word[..<$0]) } ?? word),
                  option.repeats || !flag(option) else { return nil }
            guard option.takesValue else {
                guard attached == nil else { return nil }
                values[option.place] = [""]
                continue
            }
            let value: String
            if let attached {
                value = String(word[word.index(after: attached)...])
            } else {
                guard index < words.endIndex else { return nil }
                value = words[index]
                index += 1
            }
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            values[option.place] = (values[option.place] ?? []) + [value]
        }
    }

    /// The values of an option, in order.
    func values(of option: CommandLineOption) -> [String] { values[option.place] ?? [] }

    /// The value of an option given at most once.
    func value(of option: CommandLineOption) -> String? { values[option.place]?.first }

    /// Whether a flag was given.
    func flag(_ option: CommandLineOption) -> Bool { values[option.place] != nil }
}
