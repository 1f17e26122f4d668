import PKCore

/// A command line that does not fit its command's definition.
public enum UsageError: Error, Equatable, Localized {
    case unknownCommand(String, suggestion: String?)
    /// A line of a file that does not start with a command: its words are not shown, since the file may be
    /// any file (`source ~/.pgpass` must not print a password).
    case unknownCommandInFile(suggestion: String?)
    case unknownSubcommand(String, family: String, choices: [String])
    case missingSubcommand(family: String, choices: [String])
    case wrongArgumentCount(given: Int, usage: CommandUsage)
    case unknownOption(String, command: String, suggestion: String?, usage: CommandUsage)
    case missingOptionValue(String, usage: CommandUsage)
    case missingOption(String, usage: CommandUsage)
    /// A file named by an empty word (`export csv ""`).
    case emptyFileName(usage: CommandUsage)

    public var message: Message {
        switch self {
        case .unknownCommand(let word, let suggestion):
            suggestion.map { Message(.unknownCommandSuggestion, ["word": word, "suggestion": $0]) }
                ?? Message(.unknownCommand, ["word": word])
        case .unknownCommandInFile(let suggestion):
            suggestion.map { Message(.unknownCommandInFileSuggestion, ["suggestion": $0]) } ?? Message(.unknownCommandInFile)
        case .unknownSubcommand(let word, let family, let choices):
            Message(.unknownSubcommand, ["word": word, "family": family, "choices": choices.joined(separator: ", ")])
        case .missingSubcommand(let family, let choices):
            Message(.missingSubcommand, ["family": family, "choices": choices.joined(separator: ", ")])
        case .wrongArgumentCount(let given, let usage):
            Message(.wrongArgumentCount, ["n": given, "usage": usage])
        case .unknownOption(let option, let command, let suggestion, let usage):
            suggestion.map { Message(.unknownOptionSuggestion, ["option": option, "command": command, "suggestion": $0, "usage": usage]) }
                ?? Message(.unknownOption, ["option": option, "command": command, "usage": usage])
        case .missingOptionValue(let option, let usage): Message(.missingOptionValue, ["option": option, "usage": usage])
        case .missingOption(let option, let usage): Message(.missingOption, ["option": option, "usage": usage])
        case .emptyFileName(let usage): Message(.emptyFileName, ["usage": usage])
        }
    }
}
