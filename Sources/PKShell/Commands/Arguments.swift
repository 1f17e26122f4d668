import PKCore

/// A command's words bound to its parameters and options, read back by the same `Parameter` and
/// `OptionSpec` constants the command declares; the accessors throw clear errors for bad values.
public struct Arguments {
    /// The full command name as typed in help (`service add`).
    public let command: String
    private let parameters: [Parameter]
    private let values: [[String]]
    private let flags: Set<String>
    private let options: [String: String]

    /// Binds words to the spec: options anywhere (`--` ends them), then positionals by arity.
    init(spec: CommandSpec, fullName: String, words: [Word]) throws(UsageError) {
        command = fullName
        parameters = spec.parameters
        var positionals: [String] = []
        var flags = Set<String>()
        var options: [String: String] = [:]
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if !optionsEnded && word.text == "--" && !word.isLiteral {
                optionsEnded = true
                continue
            }
            guard !optionsEnded && word.isOption else {
                positionals.append(word.text)
                continue
            }
            guard let option = spec.options.first(where: { $0.name == word.text }) else {
                throw .unknownOption(word.text, command: fullName, suggestion: Suggestions.nearest(
                    to: word.text, among: spec.options.map(\.name)), usage: spec.usage(fullName))
            }
            if option.value != nil {
                guard index < words.count else { throw .missingOptionValue(option.name, usage: spec.usage(fullName)) }
                options[option.name] = words[index].text
                index += 1
            } else {
                flags.insert(option.name)
            }
        }
        if let missing = spec.options.first(where: { $0.isRequired && options[$0.name] == nil }) {
            throw .missingOption(missing.name, usage: spec.usage(fullName))
        }
        values = try Self.bind(positionals, to: spec.parameters, usage: spec.usage(fullName))
        if zip(spec.parameters, values).contains(where: { $0.kind == .file && $1.contains("") }) {
            throw .emptyFileName(usage: spec.usage(fullName))
        }
        self.flags = flags
        self.options = options
    }

    /// The words of each parameter, in the order of `parameters` (none for an optional one not given).
    private static func bind(_ words: [String], to parameters: [Parameter],
                             usage: CommandUsage) throws(UsageError) -> [[String]] {
        let required = parameters.filter { $0.arity != .optional }.count
        let unbounded = parameters.contains { $0.arity == .oneOrMore }
        guard words.count >= required, unbounded || words.count <= parameters.count else {
            throw .wrongArgumentCount(given: words.count, usage: usage)
        }
        var spare = words.count - required
        var remaining = words[...]
        return parameters.map { parameter in
            switch parameter.arity {
            case .required:
                return [remaining.removeFirst()]
            case .optional where spare > 0:
                spare -= 1
                return [remaining.removeFirst()]
            case .optional:
                return []
            case .oneOrMore:
                let taken = [remaining.removeFirst()] + remaining.prefix(spare)
                remaining = remaining.dropFirst(spare)
                spare = 0
                return taken
            }
        }
    }

    /// Every word bound to a parameter the command declares; asking for an undeclared one is a
    /// programming error that the first test of the command finds.
    private func words(_ parameter: Parameter) -> [String] {
        guard let index = parameters.firstIndex(of: parameter) else {
            preconditionFailure("\(command) has no parameter \(parameter.label)")
        }
        return values[index]
    }

    /// The value of a required parameter, or of an optional one (nil when not given).
    public subscript(_ parameter: Parameter) -> String? { words(parameter).first }

    /// The value of a required parameter (binding guarantees it is there).
    public func required(_ parameter: Parameter) -> String { words(parameter)[0] }

    /// Every value of a `NAME...` parameter.
    public func all(_ parameter: Parameter) -> [String] { words(parameter) }

    public func count(_ parameter: Parameter) throws(CountError) -> Int { try Count.parse(required(parameter)) }

    public func flag(_ option: OptionSpec) -> Bool { flags.contains(option.name) }

    /// The value given to an option, nil when it was not given.
    public subscript(_ option: OptionSpec) -> String? { options[option.name] }

    /// The value of a required option (binding checked that it is there).
    public func required(_ option: OptionSpec) -> String { options[option.name]! }

    /// A `YYYY-MM-DD` (or `DD.MM.YYYY`) value of a required option.
    public func date(_ option: OptionSpec) throws(ShellError) -> CalendarDate {
        let text = self[option] ?? ""
        guard let date = CalendarDate(typed: text) else { throw .invalidDate(text) }
        return date
    }
}
