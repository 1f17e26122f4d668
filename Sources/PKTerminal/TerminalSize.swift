#if canImport(Glibc)
import Glibc
#endif

/// The size of the terminal a file descriptor writes to.
public enum TerminalSize {
    /// The terminal's width in columns, or nil when `descriptor` is not a terminal.
    public static func columns(of descriptor: Int32 = 1) -> Int? { size(of: descriptor).map { Int($0.ws_col) } }

    /// The terminal's height in lines, or nil when `descriptor` is not a terminal.
    public static func rows(of descriptor: Int32 = 1) -> Int? { size(of: descriptor).map { Int($0.ws_row) } }

    private static func size(of descriptor: Int32) -> winsize? {
        var size = winsize()
        return ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 && size.ws_row > 0 ? size : nil
    }
}
