import PKCore

/// The prompt line and questions to the user: passwords, confirmations.
extension Interpreter {
    /// `ieva@CARN 2019 015A*> `: user, institution, year, open record (`*` when unsaved).
    public var prompt: String { prompt { text, _ in text } }

    /// The prompt with each part passed through `style` (for colours at the terminal).
    public func prompt(style: (String, PromptPart) -> String) -> String {
        var parts: [String] = []
        if let user = session.principal?.user {
            parts.append(style("\(user.login)@\(user.institution.code)", .user))
        } else {
            parts.append(style("pks", .user))
        }
        parts.append(style(String(session.year), .year))
        if let record = session.openRecord {
            parts.append(style(record.service.code, .record) + (session.hasUnsavedChanges ? style("*", .unsaved) : ""))
        }
        return parts.joined(separator: " ") + "> "
    }

    /// A password: asked without echo at a terminal, else taken from the environment variable.
    func password(prompt: String, variable: String = "PKS_PASSWORD") throws(ShellError) -> String {
        if console.isInteractive {
            guard let typed = console.readSecret(prompt: prompt) else { throw .declined }
            return typed
        }
        guard let value = configuration.environment[variable], !value.isEmpty else { throw .noPassword(variable: variable) }
        return value
    }

    /// A new password: asked twice at a terminal, else taken from `$PKS_NEW_PASSWORD` (or `variable`).
    func newPassword(for login: String, variable: String = "PKS_NEW_PASSWORD") throws(ShellError) -> String {
        guard console.isInteractive else { return try password(prompt: "", variable: variable) }
        let first = try password(prompt: text(.promptNewPassword, ["login": login]), variable: variable)
        let second = try password(prompt: text(.promptRepeatPassword), variable: variable)
        guard first == second else { throw .passwordsDiffer }
        return first
    }

    /// At a terminal, asks before going on; scripts go on without asking. No (also Ctrl-C) is a normal
    /// answer, not an error: it is told as such and the command ends without failing.
    func confirmed(_ question: ShellText, _ arguments: [String: any TextArgument]) -> Bool {
        guard console.isInteractive, !askYesNo(text(question, arguments)) else { return true }
        output(text(.declined))
        return false
    }

    /// At a terminal, offers to drop unsaved changes (false: the user said no, and the record stays open);
    /// otherwise refuses while there are any. `question` names the record (`code`, `year`) and what happens
    /// after (`login` for a new login). A yes closes the record, unless the caller does once it succeeded.
    func settleUnsavedChanges(before question: ShellText, login: String = "", closing: Bool = true) throws(ShellError) -> Bool {
        guard session.hasUnsavedChanges, let record = session.openRecord else { return true }
        let names: [String: any TextArgument] = ["code": record.service.code, "year": record.year]
        guard console.isInteractive else { throw .unsavedChanges(code: record.service.code, year: record.year) }
        guard askYesNo(text(question, names.merging(["login": login]) { old, _ in old })) else {
            output(text(.keptOpen, names))
            return false
        }
        if closing { session.closeRecord() }
        return true
    }

    /// Asks a yes/no question (the choice, `[y/N]` or `[j/N]`, is added); anything but yes is no.
    private func askYesNo(_ question: String) -> Bool {
        console.ask(question + " " + text(.yesNoChoice) + " ").map(LanguageRules.isYes) ?? false
    }
}
