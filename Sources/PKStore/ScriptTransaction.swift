import GRDB
import PKCore

/// The open transaction of a script run with `--single-transaction` or `--dry-run`.
/// Used by one thread at a time: the interpreter's.
final class ScriptTransaction: @unchecked Sendable {
    var database: Database?
    /// Failed logins seen inside the transaction; written after it ends, so a rollback cannot erase them.
    var failedLogins: [(login: String, at: Timestamp)] = []
}
