import Dispatch
import Foundation

/// A deflate stream compressed on a second thread while the caller formats the next block: an xlsx's
/// rows are written and deflated at once on two cores. At most `depth` blocks wait or are being compressed,
/// so memory stays a few blocks whatever the file's size; their compressed bytes reach the sink in order.
final class DeflatePipeline: @unchecked Sendable {
    /// Touched only on `queue` until `finish` has waited for it.
    private let deflater: Deflater
    private let queue = DispatchQueue(label: "pks.export.deflate")
    private let room: DispatchSemaphore
    private let lock = NSLock()
    /// Compressed blocks not yet appended to the sink, oldest first; guarded by `lock`.
    private var compressed: [[UInt8]] = []

    init(depth: Int = 2) throws(ExportError) {
        precondition(depth > 0, "a deflate pipeline holds at least one block")
        deflater = try Deflater()
        room = DispatchSemaphore(value: depth)
    }

    /// Hands `block` to the compressing thread (waiting while `depth` blocks are there), then appends to `sink`
    /// the blocks compressed so far. `finish` ends the stream with this block.
    func compress(_ block: [UInt8], finish: Bool = false, to sink: inout some ByteSink) throws(ExportError) {
        room.wait()
        queue.async { [self] in
            var output: [UInt8] = []
            deflater.compress(block, finish: finish, to: &output)
            lock.withLock { compressed.append(output) }
            room.signal()
        }
        try appendCompressed(to: &sink)
    }

    /// Waits until every block handed over is compressed and appended to `sink`; then the counts below are final.
    func finish(to sink: inout some ByteSink) throws(ExportError) {
        queue.sync {}
        try appendCompressed(to: &sink)
    }

    /// The CRC-32 of every byte handed over; read after `finish`.
    var checksum: UInt32 { deflater.checksum }
    /// How many bytes were handed over, and how many came out; read after `finish`.
    var inputCount: Int { deflater.inputCount }
    var outputCount: Int { deflater.outputCount }

    private func appendCompressed(to sink: inout some ByteSink) throws(ExportError) {
        let ready = lock.withLock {
            let ready = compressed
            compressed = []
            return ready
        }
        for block in ready { try sink.append(block) }
    }
}
