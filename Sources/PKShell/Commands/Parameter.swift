import PKCore

/// What kind of value a command argument takes; drives TAB completion.
public enum ValueKind: Sendable, Equatable {
    /// A service code or name.
    case service
    /// A published service of the user's institution (the ones `add` accepts).
    case publishedService
    /// Any of the 11 channels.
    case channel
    /// A channel on the open record's service description.
    case describedChannel
    case count, year, date, file, text, format
    /// A format a table is read from (csv, tsv, xlsx).
    case tableFormat
    /// What `help` explains: a command, `channels` (`kanāli`) or a channel.
    case helpTopic
    /// A subcommand of the family `help` was just asked about (`help service import`).
    case helpSubtopic
    /// A login typed to log in: never completed, so completion reveals no user names.
    case login
    /// An existing user's login (completed for administrators).
    case userLogin
    /// An institution code (completed for administrators).
    case institution
    /// A channel on the description named by the argument before it (`service hours CODE CHANNEL`).
    case cardChannel
    /// Working hours: completed with day letters.
    case hours
}

/// A positional argument of a command. Commands declare theirs from the constants below and read the
/// values back with the same constants (`arguments[.service]`), so no name is spelled twice.
public struct Parameter: Sendable, Equatable {
    public enum Arity: Sendable { case required, optional, oneOrMore }

    /// What usage lines call it, in the user's language (`SERVICE`, `PAKALPOJUMS`).
    public let label: HelpText
    public let kind: ValueKind
    public let arity: Arity

    init(_ label: HelpText, _ kind: ValueKind, _ arity: Arity = .required) {
        self.label = label
        self.kind = kind
        self.arity = arity
    }

    /// `CHANNEL`, `[SERVICE]`, `CHANNEL...`.
    func synopsis(in language: Language) -> String {
        let label = language.text(label)
        return switch arity {
        case .required: label
        case .optional: "[\(label)]"
        case .oneOrMore: "\(label)..."
        }
    }
}

extension Parameter {
    static let service = Parameter(.metaService, .service)
    static let publishedService = Parameter(.metaService, .publishedService)
    static let someService = Parameter(.metaService, .service, .optional)
    /// A service named by its code in the description commands (`service channels CODE …`).
    static let serviceCode = Parameter(.metaCode, .service)
    static let describedChannel = Parameter(.metaChannel, .describedChannel)
    static let channels = Parameter(.metaChannel, .channel, .oneOrMore)
    static let started = Parameter(.metaStarted, .count)
    static let completed = Parameter(.metaCompleted, .count)
    static let number = Parameter(.metaNumber, .count)
    static let someNumber = Parameter(.metaNumber, .count, .optional)
    static let someYear = Parameter(.metaYear, .year, .optional)
    static let file = Parameter(.metaFile, .file)
    static let format = Parameter(.metaFormat, .format)
    static let someText = Parameter(.metaText, .text, .optional)
    static let someTopic = Parameter(.metaTopic, .helpTopic, .optional)
    static let someSubcommand = Parameter(.metaSubcommand, .helpSubtopic, .optional)
    /// A login typed to log in (never completed).
    static let login = Parameter(.metaLogin, .login)
    /// A new user's login.
    static let newLogin = Parameter(.metaLogin, .text)
    /// An existing user's login.
    static let userLogin = Parameter(.metaLogin, .userLogin)
    static let code = Parameter(.metaCode, .text)
    static let name = Parameter(.metaName, .text)
    static let equals = Parameter(.metaEquals, .text)
    static let value = Parameter(.metaValue, .text)
    static let institutionCode = Parameter(.metaCode, .institution)
    static let cardChannel = Parameter(.metaChannel, .cardChannel)
    static let cardText = Parameter(.metaText, .text)
    static let hours = Parameter(.metaHours, .hours)
}

/// A `--name` option of a command: a flag, or one that takes a value. Like parameters, options are
/// declared from constants (`OptionSpec.json`) and read back with them.
public struct OptionSpec: Sendable, Equatable {
    /// The value an option takes: its label in usage lines and what completes it.
    public struct Value: Sendable, Equatable {
        public let label: HelpText
        public let kind: ValueKind
    }

    public let name: String
    public let value: Value?
    public let isRequired: Bool
    public let summary: HelpText

    /// Whether only administrators may give it: it names another institution, or every one (TAB offers it to them alone).
    var isForAdministrators: Bool { value?.kind == .institution || name == "--all-institutions" }

    static func flag(_ name: String, _ summary: HelpText) -> OptionSpec {
        OptionSpec(name: name, value: nil, isRequired: false, summary: summary)
    }

    static func value(_ name: String, _ label: HelpText, _ kind: ValueKind, required: Bool = false,
                      _ summary: HelpText) -> OptionSpec {
        OptionSpec(name: name, value: Value(label: label, kind: kind), isRequired: required, summary: summary)
    }

    /// `--until YYYY-MM-DD` (without brackets).
    func body(in language: Language) -> String {
        value.map { "\(name) \(language.text($0.label))" } ?? name
    }

    /// `--json`, `--until YYYY-MM-DD`, `[--admin]`.
    func synopsis(in language: Language) -> String {
        isRequired ? body(in: language) : "[\(body(in: language))]"
    }
}

extension OptionSpec {
    /// `--no-pager`: a long listing printed straight to the terminal (commands declared with `pages: true`).
    static let noPager = OptionSpec.flag("--no-pager", .noPagerOption)
}

/// A command's usage line, written in the language it is shown in: `set CHANNEL STARTED COMPLETED`.
public struct CommandUsage: Sendable, Equatable, TextArgument {
    public let name: String
    public let parameters: [Parameter]
    public let options: [OptionSpec]

    public func text(in language: Language) -> String {
        ([name] + parameters.map { $0.synopsis(in: language) } + options.map { $0.synopsis(in: language) })
            .joinedText(" ")
    }

    public var textValue: TextValue { .perLanguage { text(in: $0) } }
}
