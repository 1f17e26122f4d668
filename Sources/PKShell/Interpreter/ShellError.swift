/// Failures of the shell's own commands that no lower layer reports.
public enum ShellError: Error, Equatable, CustomStringConvertible {
    case notLoggedIn
    case noOpenRecord
    case unsavedChanges(code: String, year: Int)
    case endedUnsaved(code: String, year: Int)
    case noPassword(variable: String)
    case passwordsDiffer
    case invalidYear(String, ClosedRange<Int>)
    case invalidDate(String)
    case unknownHelpTopic(String)
    case cannotReadScript(String, String)
    case includeCycle([String])
    case includeTooDeep(Int)
    case invalidUTF8
    case declined
    case invalidVariableName(String)
    case interrupted(commands: Int)

    public var description: String {
        switch self {
        case .notLoggedIn: "not logged in; log in first: login LOGIN"
        case .noOpenRecord: "no record is open; open one with add SERVICE or edit SERVICE"
        case .unsavedChanges(let code, let year):
            "the \(year) record of \(code) has unsaved changes; save them, or close --discard"
        case .endedUnsaved(let code, let year):
            "the script ended with unsaved changes to the \(year) record of \(code); they were not kept (end it with save, or close --discard)"
        case .noPassword(let variable):
            "no password: pks asks for it at a terminal; otherwise set $\(variable)"
        case .passwordsDiffer: "the two passwords differ; nothing was changed"
        case .invalidYear(let text, let range):
            "'\(text)' is not a reporting year; give one from \(range.lowerBound) to \(range.upperBound)"
        case .invalidDate(let text): "'\(text)' is not a date; write it as YYYY-MM-DD"
        case .unknownHelpTopic(let topic): "no help for '\(topic)' (help lists the commands; help channels the channels)"
        case .cannotReadScript(let path, let reason): "cannot read \(path): \(reason)"
        case .includeCycle(let chain): "a script sources itself: \(chain.joined(separator: " -> "))"
        case .includeTooDeep(let depth): "scripts are nested more than \(depth) deep"
        case .invalidUTF8: "the line is not valid UTF-8"
        case .declined: "cancelled; nothing was changed"
        case .invalidVariableName(let name):
            "'\(name)' is not a variable name (letters, digits and _, not starting with a digit)"
        case .interrupted(let commands):
            "interrupted (Ctrl-C) after \(commands) command\(commands == 1 ? "" : "s"); the commands after this line did not run"
        }
    }
}
