import CZlib

/// A raw deflate stream (zlib without its header, as zip entries hold it) fed in parts, with the CRC-32
/// and length of what went in.
final class Deflater {
    private var stream = z_stream()
    private(set) var checksum: UInt32 = 0
    private(set) var inputCount = 0
    private(set) var outputCount = 0

    /// zlib's level 1: xlsx worksheets are repetitive enough that it packs them within a few percent of
    /// the default level, at a third of the time.
    init() throws(ExportError) {
        let status = deflateInit2_(&stream, 1, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                                   Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw .container("zlib refused to start a deflate stream (\(status))") }
    }

    deinit { deflateEnd(&stream) }

    /// Compresses `input`, appending what comes out to `output`; `finish` ends the stream.
    func compress(_ input: UnsafeBufferPointer<UInt8>, finish: Bool = false, to output: inout [UInt8]) {
        checksum = Self.checksum(input, after: checksum)
        inputCount += input.count
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.avail_in = UInt32(input.count)
        var status: Int32
        repeat {
            let start = output.count, room = max(input.count / 2, 16 * 1024)
            output.append(contentsOf: repeatElement(0, count: room))
            status = output.withUnsafeMutableBufferPointer { buffer in
                stream.next_out = buffer.baseAddress! + start
                stream.avail_out = UInt32(room)
                return deflate(&stream, finish ? Z_FINISH : Z_NO_FLUSH)
            }
            output.removeLast(Int(stream.avail_out))
            outputCount += room - Int(stream.avail_out)
        } while finish ? status == Z_OK : stream.avail_out == 0
        stream.next_in = nil
    }

    /// Compresses bytes; see `compress(_:finish:to:)`.
    func compress(_ input: [UInt8], finish: Bool = false, to output: inout [UInt8]) {
        input.withUnsafeBufferPointer { compress($0, finish: finish, to: &output) }
    }

    /// The CRC-32 of bytes following others whose CRC-32 was `previous`.
    static func checksum(_ bytes: UnsafeBufferPointer<UInt8>, after previous: UInt32 = 0) -> UInt32 {
        UInt32(crc32(uLong(previous), bytes.baseAddress, uInt(bytes.count)))
    }

    /// The CRC-32 of two byte strings one after the other, from theirs and the second one's length.
    static func checksum(_ first: UInt32, then second: UInt32, secondLength: Int) -> UInt32 {
        UInt32(crc32_combine(uLong(first), uLong(second), off_t(secondLength)))
    }
}
