#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PKCore

/// Reads lines from a file descriptor in large chunks: script files and piped stdin alike.
/// Lines are checked for UTF-8; a trailing CR (Windows line ends) is dropped.
public struct LineReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// The number of the line last returned, from 1.
    public private(set) var lineNumber = 0

    /// Reads from an open descriptor, such as 0 for stdin.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        ownsDescriptor = false
    }

    /// Opens a file for reading.
    public init(path: String) throws(ShellError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .cannotReadScript(path, SystemReason(errno)) }
        var status = stat()
        if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw .cannotReadScript(path, SystemReason(EISDIR))
        }
        self.descriptor = descriptor
        ownsDescriptor = true
    }

    /// The next line, nil at the end; throws for a line that is not UTF-8 (the line number still advances).
    public mutating func next() throws(ShellError) -> String? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                return try decode(line)
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return try decode(line)
            }
            fill()
        }
    }

    public func closeFile() {
        if ownsDescriptor { close(descriptor) }
    }

    private mutating func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        let chunk = 65_536
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var got: Int
        repeat {
            got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + oldCount, chunk) }
        } while got < 0 && errno == EINTR
        buffer.removeLast(chunk - max(got, 0))
        if got <= 0 { atEnd = true }
    }

    private mutating func decode(_ bytes: ArraySlice<UInt8>) throws(ShellError) -> String {
        lineNumber += 1
        let trimmed = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
        guard let line = String(validating: trimmed, as: UTF8.self) else { throw .invalidUTF8 }
        return line
    }
}
