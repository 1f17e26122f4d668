import PKCore

/// What stops pks before its first command; told in the user's language, exit status 2.
enum StartupError: Error, Localized {
    case invalidNow(String)
    case invalidToday(String)
    case demoNeedsTerminal(file: String)
    case invalidVariableAssignment(String)

    var message: Message {
        switch self {
        case .invalidNow(let text): Message(.invalidNow, ["text": text])
        case .invalidToday(let text): Message(.invalidToday, ["text": text])
        case .demoNeedsTerminal(let file): Message(.demoNeedsTerminal, ["file": file])
        case .invalidVariableAssignment(let text): Message(.invalidVariableAssignment, ["text": text])
        }
    }
}
