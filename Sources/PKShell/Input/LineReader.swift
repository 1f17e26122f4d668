#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PKCore

/// Reads lines from a file descriptor in large chunks: script files and piped stdin alike. Lines are
/// checked for UTF-8 and for length; a trailing CR (Windows line ends) and a byte-order mark before the
/// first line (Windows editors) are dropped; a zero byte or a failed read ends the input.
public struct LineReader {
    /// The longest line accepted, in bytes: far more than any command, far less than a file taken by mistake.
    public static let maximumLineLength = 65_536
    private static let chunk = 65_536

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// Set once the input turned out not to be text or could not be read: nothing more is given.
    private var finished = false
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

    /// The next line, nil at the end. Throws for a line that is too long or not UTF-8 (the line number still
    /// advances, and the next line follows), and for input that is not text or cannot be read (then it ends).
    public mutating func next() throws(ShellError) -> String? {
        guard !finished else { return nil }
        var tooLong = false
        var skipped = 0
        while true {
            // A newline is looked for no further than a line may reach, unless the line is already too long.
            let end = tooLong ? buffer.count : Swift.min(buffer.count, start + Self.maximumLineLength + 1)
            if let newline = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                if tooLong { return try refuseLong(skipped + line.count) }
                return try decode(line)
            }
            if !tooLong && buffer.count - start > Self.maximumLineLength {
                tooLong = true  // look for its end in what has come before reading more
                continue
            }
            if tooLong {
                // Counted and dropped up to its end, never kept whole; a zero byte on the way ends the input.
                if buffer[start...].contains(0) { return try refuseBinary() }
                skipped += buffer.count - start
                start = buffer.count
            }
            if atEnd {
                if tooLong { return try refuseLong(skipped) }
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return try decode(line)
            }
            try fill()
        }
    }

    public func closeFile() {
        if ownsDescriptor { close(descriptor) }
    }

    private mutating func fill() throws(ShellError) {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunk))
        var got: Int
        repeat {
            got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + oldCount, Self.chunk) }
        } while got < 0 && errno == EINTR
        let failure = errno
        buffer.removeLast(Self.chunk - Swift.max(got, 0))
        if got == 0 { atEnd = true }
        if got < 0 {
            finished = true
            lineNumber += 1
            throw .unreadableInput(SystemReason(failure))
        }
    }

    private mutating func decode(_ bytes: ArraySlice<UInt8>) throws(ShellError) -> String {
        lineNumber += 1
        if bytes.contains(0) { return try refuseBinary(counted: true) }
        var text = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
        if lineNumber == 1 && text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
        guard let line = String(validating: text, as: UTF8.self) else { throw .invalidUTF8 }
        return line
    }

    private mutating func refuseLong(_ length: Int) throws(ShellError) -> String {
        lineNumber += 1
        throw .lineTooLong(bytes: length)
    }

    private mutating func refuseBinary(counted: Bool = false) throws(ShellError) -> String {
        if !counted { lineNumber += 1 }
        finished = true
        throw .notText
    }
}
