import Foundation
import PKCore

/// The open temporary file of an `AtomicFile` write: bytes appended are gathered into blocks of 256 KiB
/// and written as each fills, so a file of any size costs one block of memory.
public struct FileSink {
    private let file: Int32
    private let path: String
    private var block: [UInt8] = []
    private static let blockSize = 256 * 1024

    init(file: Int32, path: String) {
        self.file = file
        self.path = path
        block.reserveCapacity(Self.blockSize)
    }

    /// Appends bytes to the file.
    public mutating func append(_ bytes: some Collection<UInt8>) throws(ExportError) {
        block.append(contentsOf: bytes)
        if block.count >= Self.blockSize { try flush() }
    }

    /// Appends a text as UTF-8.
    public mutating func append(_ text: String) throws(ExportError) {
        try append(text.utf8)
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
        block.removeAll(keepingCapacity: true)
    }
}

/// The system's write(2), which `FileSink` hides inside the type.
private func systemWrite(_ file: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(file, buffer, count)
}
