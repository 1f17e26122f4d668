/// SPEC allows global options before the subcommand (`pks --db x.sqlite run a.pks`); argument-parser
/// looks for a subcommand only first, so the subcommand word is moved ahead of the leading options.
enum CommandLineOrder {
    static let subcommands: Set<String> = ["run", "demo", "init", "shell"]
    /// Leading options that take a separate value.
    static let optionsWithValue: Set<String> = ["--db", "--user", "-c", "--var"]

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
}
