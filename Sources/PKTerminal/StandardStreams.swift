import CLibEdit
#if canImport(Glibc)
import Glibc
#endif

/// Buffered writes to the process's stdout and stderr (Swift 6 cannot touch Glibc's stream globals).
public enum StandardStreams {
    public static func write(_ text: String) { fputs(text, pks_stdout()) }

    public static func writeError(_ text: String) {
        fflush(pks_stdout())
        fputs(text, pks_stderr())
    }

    public static func flush() {
        fflush(pks_stdout())
        fflush(pks_stderr())
    }

    /// Whether a file descriptor is a terminal (0 stdin, 1 stdout).
    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }
}
