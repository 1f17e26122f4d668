/// A zip archive written front to back into a sink, for xlsx: deflated entries, each either whole or
/// streamed (its CRC and sizes then follow its data, in a data descriptor), then the central directory.
/// Every entry carries the same fixed date, so equal contents give equal files. No zip64: an entry or the
/// archive beyond 4 GiB is refused.
struct ZipWriter {
    private struct Entry {
        let path: [UInt8]
        let flags: UInt16
        let offset: Int
        var checksum: UInt32 = 0
        var compressedSize = 0
        var size = 0
    }

    private var entries: [Entry] = []

    /// Adds a whole entry.
    mutating func add(_ path: String, _ bytes: [UInt8], to sink: inout some ByteSink) throws(ExportError) {
        let deflater = try Deflater()
        var compressed: [UInt8] = []
        deflater.compress(bytes, finish: true, to: &compressed)
        var entry = Entry(path: Array(path.utf8), flags: 0, offset: sink.count)
        (entry.checksum, entry.compressedSize, entry.size) = (deflater.checksum, compressed.count, bytes.count)
        try appendLocalHeader(entry, to: &sink)
        try sink.append(compressed)
        entries.append(entry)
    }

    /// Starts an entry whose data the caller appends next, ended by `endStreamed`.
    mutating func beginStreamed(_ path: String, to sink: inout some ByteSink) throws(ExportError) {
        let entry = Entry(path: Array(path.utf8), flags: 1 << 3, offset: sink.count)
        try appendLocalHeader(entry, to: &sink)
        entries.append(entry)
    }

    /// Ends the entry `beginStreamed` started, with the CRC-32 and sizes of the data appended since.
    mutating func endStreamed(checksum: UInt32, compressedSize: Int, size: Int, to sink: inout some ByteSink) throws(ExportError) {
        try Self.checkLimit(size)
        let last = entries.count - 1
        (entries[last].checksum, entries[last].compressedSize, entries[last].size) = (checksum, compressedSize, size)
        var bytes: [UInt8] = []
        Self.append(0x0807_4B50, checksum, UInt32(compressedSize), UInt32(size), to: &bytes)
        try sink.append(bytes)
    }

    /// Writes the central directory and the end record: the archive is complete.
    func finish(to sink: inout some ByteSink) throws(ExportError) {
        let start = sink.count
        var bytes: [UInt8] = []
        for entry in entries {
            Self.append(0x0201_4B50, to: &bytes)
            Self.append16(20, 20, entry.flags, 8, Self.dosTime, Self.dosDate, to: &bytes)
            Self.append(entry.checksum, UInt32(entry.compressedSize), UInt32(entry.size), to: &bytes)
            Self.append16(UInt16(entry.path.count), 0, 0, 0, 0, to: &bytes)
            Self.append(0, UInt32(entry.offset), to: &bytes)
            bytes += entry.path
        }
        let directorySize = bytes.count
        try Self.checkLimit(start + directorySize)
        Self.append(0x0605_4B50, to: &bytes)
        Self.append16(0, 0, UInt16(entries.count), UInt16(entries.count), to: &bytes)
        Self.append(UInt32(directorySize), UInt32(start), to: &bytes)
        Self.append16(0, to: &bytes)
        try sink.append(bytes)
    }

    private func appendLocalHeader(_ entry: Entry, to sink: inout some ByteSink) throws(ExportError) {
        try Self.checkLimit(entry.offset + entry.compressedSize)
        var bytes: [UInt8] = []
        Self.append(0x0403_4B50, to: &bytes)
        Self.append16(20, entry.flags, 8, Self.dosTime, Self.dosDate, to: &bytes)
        Self.append(entry.checksum, UInt32(entry.compressedSize), UInt32(entry.size), to: &bytes)
        Self.append16(UInt16(entry.path.count), 0, to: &bytes)
        bytes += entry.path
        try sink.append(bytes)
    }

    private static func checkLimit(_ size: Int) throws(ExportError) {
        guard size <= Int(UInt32.max) else { throw .container("the workbook would exceed the 4 GiB of a zip file without zip64") }
    }

    /// 1 January 2000, 12:00, in MS-DOS form: the same day in every time zone the date could be read in.
    private static let dosTime: UInt16 = 12 << 11
    private static let dosDate: UInt16 = (2000 - 1980) << 9 | 1 << 5 | 1

    private static func append(_ values: UInt32..., to bytes: inout [UInt8]) {
        for value in values { bytes += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)] }
    }

    private static func append16(_ values: UInt16..., to bytes: inout [UInt8]) {
        for value in values { bytes += [UInt8(value & 0xFF), UInt8(value >> 8)] }
    }
}
