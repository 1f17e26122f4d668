#if canImport(Glibc)
import Glibc
#endif

/// The size of the terminal a file descriptor writes to.
public enum TerminalSize {
    /// The terminal's width in columns, or nil when `descriptor` is not a terminal.
    public static func columns(of descriptor: Int32 = 1) -> Int? {
        var size = winsize()
        return ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
    }
}
