/// Where an exporter writes a file's bytes: the temporary file of an `AtomicFile` write, or memory.
public protocol ByteSink {
    /// How many bytes were appended so far.
    var count: Int { get }
    /// Lets `write` append bytes to the end.
    mutating func append(_ write: (inout [UInt8]) -> Void) throws(ExportError)
    /// Replaces bytes already appended, from `offset` on (xlsx fills in what it learns at the end).
    mutating func overwrite(at offset: Int, with bytes: [UInt8]) throws(ExportError)
}

extension ByteSink {
    /// Appends bytes.
    public mutating func append(_ bytes: some Collection<UInt8>) throws(ExportError) {
        try append { $0.append(contentsOf: bytes) }
    }

    /// Appends a text as UTF-8.
    public mutating func append(_ text: String) throws(ExportError) {
        try append(text.utf8)
    }
}

/// Bytes in memory, for a whole file at once.
extension Array: ByteSink where Element == UInt8 {
    public mutating func append(_ write: (inout [UInt8]) -> Void) {
        write(&self)
    }

    public mutating func overwrite(at offset: Int, with bytes: [UInt8]) {
        replaceSubrange(offset..<offset + bytes.count, with: bytes)
    }
}
