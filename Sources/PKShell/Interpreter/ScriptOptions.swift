/// How scripts run (SPEC section 1): `--keep-going`, `--single-transaction`, `--echo`, `--dry-run`.
public struct ScriptOptions: Sendable {
    /// Report failed commands and go on.
    public var keepGoing = false
    /// All or nothing: a failure keeps nothing the script did.
    public var singleTransaction = false
    /// Print each command with the prompt before its output.
    public var echo = false
    /// Run and report everything, then keep nothing.
    public var dryRun = false
    /// A rehearsal (`pks demo` without `--keep`): a dry run, told as the demonstration's end.
    public var rehearsal = false
    /// Variables defined before the first line (`--var NAME=VALUE`).
    public var variables: [String: String] = [:]
    /// What the script is, for those who wait while it holds the database: `pks run yearly.pks`.
    public var source = "a pks script"

    public init() {}

    /// Whether the script's database changes go into one transaction.
    var needsTransaction: Bool { singleTransaction || dryRun }
}

/// What a script run did, for the closing summary.
struct ScriptTally {
    var commands = 0
    var failed = 0
    var warned = 0
    /// The last line read, where the end-of-script check reports.
    var lastLocation: SourceLocation?
    /// Whether a failed command stopped the script before its end.
    var stoppedAtError = false
}
