import PKCore

/// The shell's own message names read as `.name` wherever a message or its text is made.
extension Message {
    public init(_ key: ShellText, _ arguments: [String: any TextArgument] = [:]) {
        self.init(key as ShellText, arguments: arguments)
    }

    init(_ key: HelpText, _ arguments: [String: any TextArgument] = [:]) {
        self.init(key as HelpText, arguments: arguments)
    }

    private init(_ key: some MessageKey, arguments: [String: any TextArgument]) {
        self.init(key, arguments)
    }
}

extension Language {
    public func text(_ key: ShellText, _ arguments: [String: any TextArgument] = [:]) -> String {
        Message(key, arguments).text(in: self)
    }

    func text(_ key: HelpText, _ arguments: [String: any TextArgument] = [:]) -> String {
        Message(key, arguments).text(in: self)
    }
}
