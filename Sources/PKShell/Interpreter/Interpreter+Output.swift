import PKCore

/// What commands write: results, informational chatter, tables and labelled fields, in the session's language.
extension Interpreter {
    /// A result the user asked for: always written.
    func output(_ text: String) { console.write(text + "\n") }

    /// Informational chatter: confirmations of what was done; silenced by `--quiet`.
    func inform(_ text: String) {
        if !configuration.quiet { console.write(text + "\n") }
    }

    func inform(_ key: ShellText, _ arguments: [String: any TextArgument] = [:]) {
        if !configuration.quiet { inform(text(key, arguments)) }
    }

    /// Arguments made only when not `--quiet`: a replayed record's commands made four dictionaries and
    /// wrote save's timestamp out for nothing.
    func inform(_ key: ShellText, arguments: () -> [String: any TextArgument]) {
        if !configuration.quiet { inform(text(key, arguments())) }
    }

    /// Runs `body` with its output through the pager at a terminal when it is longer than the screen; an error
    /// it throws is reported after the pager is quit.
    func paging(_ body: () throws -> Void) rethrows {
        console.beginPaging()
        defer { console.endPaging() }
        try body()
    }

    /// A catalogue text in the session's language.
    public func text(_ key: ShellText, _ arguments: [String: any TextArgument] = [:]) -> String {
        language.text(key, arguments)
    }

    func text(_ message: Message) -> String { message.text(in: language) }

    /// A date, number or other value as the session's language writes it.
    func text(_ value: some TextArgument) -> String { language.text(value) }

    /// A table whose header is in the session's language.
    func table(header: [ShellText], rows: [[String]], alignments: [TextTable.Alignment]? = nil) -> String {
        TextTable.render(header: header.map { text($0) }, rows: rows, alignments: alignments)
    }

    /// `label:  value` lines, labels in the session's language.
    func fields(_ pairs: [(ShellText, String)]) -> String { TextTable.fields(pairs, in: language) }
}
