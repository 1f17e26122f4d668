/// SPEC allows global options before the subcommand (`pks --db x.sqlite run a.pks`); argument-parser
/// looks for a subcommand only first, so the subcommand word is moved ahead of the leading options.
enum CommandLineOrder {
    static let subcommands: Set<String> = ["run", "demo", "init", "migrate", "shell"]
    /// Leading options that take a separate value.
    static let optionsWithValue = Set(CommandLineOption.allCases.filter(\.takesValue).map(\.rawValue))

    static func normalize(_ arguments: [String]) -> [String] {
        let end = leadingOptions(arguments).end
        guard end > 0, end < arguments.count, subcommands.contains(arguments[end]) else { return arguments }
        var reordered = arguments
        reordered.insert(reordered.remove(at: end), at: 0)
        return reordered
    }

    /// Whether `--help` or `-h` is among the leading options of a command line that names no subcommand
    /// (after `normalize`): argument-parser would show the help of the default subcommand, `shell`, instead.
    static func asksForHelp(_ arguments: [String]) -> Bool {
        leadingOptions(arguments).options.contains { $0 == "--help" || $0 == "-h" }
    }

    /// The options a command line begins with (their values left out), and where the first word after them is.
    private static func leadingOptions(_ arguments: [String]) -> (options: [String], end: Int) {
        var options: [String] = [], index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("-") && argument != "-" && argument != "--" else { break }
            options.append(argument)
            index += optionsWithValue.contains(argument) ? 2 : 1
        }
        return (options, index)
    }

    /// The value of `--lang` (`--lang lv` or `--lang=lv`) before argument parsing, for messages about the
    /// command line itself.
    static func languageOption(in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { return nil }
            if argument == "--lang" { return index + 1 < arguments.count ? arguments[index + 1] : nil }
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
        }
        return nil
    }
}
