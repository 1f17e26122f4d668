/// The process exit codes of SPEC.md section 1.
public enum ExitStatus: Int32, Sendable, Comparable {
    case success = 0
    /// A command failed.
    case failure = 1
    /// Unknown option or unreadable script file on the pks command line.
    case usage = 2
    /// Wrong password, closed or expired rights.
    case authentication = 3

    public static func < (lhs: ExitStatus, rhs: ExitStatus) -> Bool { lhs.rawValue < rhs.rawValue }
}
