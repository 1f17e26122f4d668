/// A command line that does not fit its command's definition.
public enum UsageError: Error, Equatable, CustomStringConvertible {
    case unknownCommand(String, suggestion: String?)
    case unknownSubcommand(String, family: String, choices: [String])
    case missingSubcommand(family: String, choices: [String])
    case wrongArgumentCount(given: Int, usage: String)
    case unknownOption(String, command: String, suggestion: String?, usage: String)
    case missingOptionValue(String, usage: String)
    case missingOption(String, usage: String)

    public var description: String {
        switch self {
        case .unknownCommand(let word, let suggestion):
            "unknown command '\(word)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "") + " (help lists the commands)"
        case .unknownSubcommand(let word, let family, let choices):
            "unknown command '\(family) \(word)'; \(family) takes: \(choices.joined(separator: ", "))"
        case .missingSubcommand(let family, let choices):
            "\(family) needs one of: \(choices.joined(separator: ", "))"
        case .wrongArgumentCount(let given, let usage):
            "wrong number of arguments (\(given)); usage: \(usage)"
        case .unknownOption(let option, let command, let suggestion, let usage):
            "\(command) has no option \(option)" + (suggestion.map { "; did you mean \($0)?" } ?? "") + "; usage: \(usage)"
        case .missingOptionValue(let option, let usage):
            "\(option) needs a value; usage: \(usage)"
        case .missingOption(let option, let usage):
            "\(option) is required; usage: \(usage)"
        }
    }
}
