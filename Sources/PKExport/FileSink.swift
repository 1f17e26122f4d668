import Foundation
import PKCore

/// The open temporary file of an `AtomicFile` write: bytes appended are gathered into blocks of 256 KiB
/// and written as each fills, so a file of any size costs one block of memory.
public struct FileSink: ByteSink {
    private let file: Int32
    private let path: String
    private var block: [UInt8] = []
    /// Bytes written to the file before `block`.
    private var written = 0
    private static let blockSize = 256 * 1024

    init(file: Int32, path: String) {
        self.file = file
        self.path = path
        block.reserveCapacity(Self.blockSize + Self.blockSize / 4)
    }

    public var count: Int { written + block.count }

    public mutating func append(_ write: (inout [UInt8]) -> Void) throws(ExportError) {
        write(&block)
        if block.count >= Self.blockSize { try flush() }
    }

    public mutating func overwrite(at offset: Int, with bytes: [UInt8]) throws(ExportError) {
        try flush()
        let count = bytes.withUnsafeBytes { pwrite(file, $0.baseAddress, $0.count, off_t(offset)) }
        guard count == bytes.count else { throw .unwritable(path, SystemReason(count < 0 ? errno : EIO)) }
    }

    /// Writes what is gathered and flushes the file to disk.
    mutating func finish() throws(ExportError) {
        try flush()
        guard fsync(file) == 0 else { throw .unwritable(path, SystemReason(errno)) }
    }

    private mutating func flush() throws(ExportError) {
        var offset = 0
        while offset < block.count {
            let count = block[offset...].withUnsafeBytes { systemWrite(file, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw .unwritable(path, SystemReason(count < 0 ? errno : EIO)) }
            offset += count
        }
        written += block.count
        block.removeAll(keepingCapacity: true)
    }
}

/// The system's write(2), which `FileSink` hides inside the type.
private func systemWrite(_ file: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(file, buffer, count)
}
