import CSignals

/// Ctrl-C while a script runs: the command in progress completes, then the script stops.
public enum Interrupts {
    /// Turns Ctrl-C into a request the script runner checks between commands.
    public static func watch() { pks_watch_interrupts() }

    public static var requested: Bool { pks_interrupt_requested() != 0 }

    /// Forgets a Ctrl-C once it has been dealt with.
    public static func clear() { pks_interrupt_clear() }
}
