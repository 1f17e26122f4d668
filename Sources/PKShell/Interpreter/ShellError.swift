import PKCore

/// Failures of the shell's own commands that no lower layer reports.
public enum ShellError: Error, Equatable, Localized {
    case notLoggedIn
    case noOpenRecord
    case unsavedChanges(code: String, year: Int)
    case endedUnsaved(code: String, year: Int)
    case noPassword(variable: String)
    case passwordsDiffer
    case invalidYear(String, ClosedRange<Int>)
    case invalidDate(String)
    case invalidLimit(String)
    case unknownHelpTopic(String)
    case cannotReadScript(String, SystemReason)
    case includeCycle([String])
    case includeTooDeep(Int)
    case invalidUTF8
    case lineTooLong(bytes: Int)
    /// The input has a zero byte: not a script, and not read any further.
    case notText
    case unreadableInput(SystemReason)
    case declined
    /// `service delete` in a script would delete drafts too: only with `--yes`.
    case deleteNeedsYes(code: String, drafts: Int, years: String)
    case invalidVariableName(String)
    case interrupted(commands: Int)

    var isUnreadableInput: Bool {
        if case .unreadableInput = self { true } else { false }
    }

    public var message: Message {
        switch self {
        case .notLoggedIn: Message(.notLoggedIn)
        case .noOpenRecord: Message(.noOpenRecord)
        case .unsavedChanges(let code, let year): Message(.unsavedChanges, ["code": code, "year": year])
        case .endedUnsaved(let code, let year): Message(.endedUnsaved, ["code": code, "year": year])
        case .noPassword(let variable): Message(.noPassword, ["variable": variable])
        case .passwordsDiffer: Message(.passwordsDiffer)
        case .invalidYear(let text, let range):
            Message(.invalidYear, ["text": text, "first": range.lowerBound, "last": range.upperBound])
        case .invalidDate(let text): Message(.invalidDate, ["text": text])
        case .invalidLimit(let text): Message(.invalidLimit, ["text": text, "maximum": Count.maximum])
        case .unknownHelpTopic(let topic): Message(.unknownHelpTopic, ["topic": topic])
        case .cannotReadScript(let path, let reason): Message(.cannotReadScript, ["path": path, "reason": reason])
        case .includeCycle(let chain): Message(.includeCycle, ["chain": chain.joined(separator: " -> ")])
        case .includeTooDeep(let depth): Message(.includeTooDeep, ["depth": depth])
        case .invalidUTF8: Message(.invalidUTF8)
        case .lineTooLong(let bytes): Message(.lineTooLong, ["bytes": bytes, "limit": LineReader.maximumLineLength])
        case .notText: Message(.notText)
        case .unreadableInput(let reason): Message(.unreadableInput, ["reason": reason])
        case .declined: Message(.declined)
        case .deleteNeedsYes(let code, let drafts, let years): Message(.deleteNeedsYes, ["code": code, "n": drafts, "years": years])
        case .invalidVariableName(let name): Message(.invalidVariableName, ["name": name])
        case .interrupted(let commands): Message(.interrupted, ["n": commands])
        }
    }
}
