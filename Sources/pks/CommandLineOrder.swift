/// SPEC allows global options before the subcommand (`pks --db x.sqlite run a.pks`); argument-parser
/// looks for a subcommand only first, so the subcommand word is moved ahead of the leading options.
enum CommandLineOrder {
    static let subcommands: Set<String> = ["run", "demo", "init", "migrate", "shell"]
    /// Leading options that take a separate value.
    static let optionsWithValue = Set(CommandLineOption.allCases.filter(\.takesValue).map(\.rawValue))

    static func normalize(_ arguments: [String]) -> [String] {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if optionsWithValue.contains(argument) {
                index += 2
            } else if argument.hasPrefix("-") && argument != "-" && argument != "--" {
                index += 1
            } else {
                guard index > 0, subcommands.contains(argument) else { return arguments }
                var reordered = arguments
                reordered.remove(at: index)
                reordered.insert(argument, at: 0)
                return reordered
            }
        }
        return arguments
    }

    /// Whether `--help` or `-h` is among the leading options of a command line that names no subcommand
    /// (after `normalize`): argument-parser would show the help of the default subcommand, `shell`, instead.
    static func asksForHelp(_ arguments: [String]) -> Bool {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--help" || argument == "-h" { return true }
            if optionsWithValue.contains(argument) {
                index += 2
            } else if argument.hasPrefix("-") && argument != "-" && argument != "--" {
                index += 1
            } else {
                return false
            }
        }
        return false
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
