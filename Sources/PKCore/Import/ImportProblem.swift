/// Why one row of an imported table was refused: its row number, the column when one cell is at fault,
/// and the reason.
public struct ImportProblem: Sendable, Localized {
    public let row: Int
    public let column: String?
    public let reason: Message

    public init(row: Int, column: String?, _ reason: Message) {
        self.row = row
        self.column = column
        self.reason = reason
    }

    public init(row: Int, column: String?, _ error: any Error) {
        let reason = (error as? any Localized)?.message ?? Message(ImportText.importFailed, ["reason": String(describing: error)])
        self.init(row: row, column: column, reason)
    }

    /// `column “Pasts uzsākti”: '12abc' is not a whole number…`, or the reason alone.
    public var message: Message {
        column.map { Message(ImportText.importCellProblem, ["column": $0, "reason": reason]) } ?? reason
    }
}

/// What an import did, or would do with `--dry-run`: drafts created, updated, and left as they were.
public struct ImportSummary: Sendable, Equatable {
    public var created = 0
    public var updated = 0
    public var unchanged = 0

    public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
    }
}

/// An import's result: what it did, or every problem found (and then nothing was imported).
public enum ImportOutcome<Value> {
    case imported(Value)
    case refused([ImportProblem])
}

extension ImportOutcome: Sendable where Value: Sendable {}
