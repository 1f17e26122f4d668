extension [UInt8] {
    /// Appends a literal's UTF-8 bytes. An export appends millions of short literals and fields: `+= "…".utf8`
    /// walks String's UTF-8 view generically (about 20 ns a call), a bulk copy costs about 9 ns whatever the
    /// length, and a byte-by-byte copy of up to 8 bytes under 5 ns.
    mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { append(bytes: $0) }
    }

    /// Appends bytes: one at a time when they are few, in one copy otherwise (see `append(literal:)`).
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count <= 8 {
            for byte in bytes { append(byte) }
        } else {
            append(contentsOf: bytes)
        }
    }

    /// Appends an array's bytes; see `append(bytes:)`.
    mutating func append(bytes array: [UInt8]) {
        array.withUnsafeBufferPointer { append(bytes: $0) }
    }
}
