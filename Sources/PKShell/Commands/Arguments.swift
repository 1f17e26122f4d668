import PKCore

/// A command's words bound to its parameters and options, with typed accessors that throw clear errors.
public struct Arguments {
    /// The full command name as typed in help (`service add`).
    public let command: String
    private let values: [String: [String]]
    private let flags: Set<String>
    private let options: [String: String]

    /// Binds words to the spec: options anywhere (`--` ends them), then positionals by arity.
    init(spec: CommandSpec, fullName: String, words: [Word]) throws(UsageError) {
        command = fullName
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
        self.flags = flags
        self.options = options
    }

    private static func bind(_ words: [String], to parameters: [Parameter],
                             usage: CommandUsage) throws(UsageError) -> [String: [String]] {
        let required = parameters.filter { $0.arity != .optional }.count
        let unbounded = parameters.contains { $0.arity == .oneOrMore }
        guard words.count >= required, unbounded || words.count <= parameters.count else {
            throw .wrongArgumentCount(given: words.count, usage: usage)
        }
        var spare = words.count - required
        var remaining = words[...]
        var bound: [String: [String]] = [:]
        for parameter in parameters {
            switch parameter.arity {
            case .required:
                bound[parameter.name] = [remaining.removeFirst()]
            case .optional where spare > 0:
                bound[parameter.name] = [remaining.removeFirst()]
                spare -= 1
            case .optional:
                break
            case .oneOrMore:
                bound[parameter.name] = [remaining.removeFirst()] + remaining.prefix(spare)
                remaining = remaining.dropFirst(spare)
                spare = 0
            }
        }
        return bound
    }

    /// The value of a parameter, or nil when an optional one was not given.
    public subscript(_ name: String) -> String? { values[name]?.first }

    /// Every value of a `NAME...` parameter.
    public func all(_ name: String) -> [String] { values[name] ?? [] }

    public func flag(_ name: String) -> Bool { flags.contains(name) }

    public func option(_ name: String) -> String? { options[name] }

    /// A required parameter's value (binding guarantees it exists).
    public func required(_ name: String) -> String { values[name]![0] }

    public func count(_ name: String) throws(CountError) -> Int { try Count.parse(required(name)) }

    /// A `YYYY-MM-DD` (or `DD.MM.YYYY`) option value.
    public func date(_ option: String) throws(ShellError) -> CalendarDate {
        let text = self.option(option) ?? ""
        guard let date = CalendarDate(typed: text) else { throw .invalidDate(text) }
        return date
    }
}
