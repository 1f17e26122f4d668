import Foundation

/// A producer on a second thread and a consumer on the calling one, handing items over in order: an export
/// reads the database on one core while it writes the file on the other. At most `depth` items wait between
/// them, so memory stays flat whatever the size. An error on either side stops both.
public enum Pipeline {
    /// Runs `produce` on a new thread, handing each item it yields to `consume` here; returns once both are
    /// done. `yield` blocks while `depth` items wait, and throws once `consume` has failed, so the producer
    /// stops. Throws the consumer's error, or else the producer's.
    public static func run<Item: Sendable>(depth: Int = 2,
                                           produce: @escaping @Sendable (_ yield: (Item) throws -> Void) throws -> Void,
                                           consume: (Item) throws -> Void) throws {
        let handoff = Handoff<Item>(depth: depth)
        Thread {
            do {
                try produce(handoff.put)
                handoff.finish(throwing: nil)
            } catch {
                handoff.finish(throwing: error)
            }
        }.start()
        do {
            while let item = handoff.take() { try consume(item) }
        } catch {
            handoff.cancel()
            _ = handoff.waitForProducer()
            throw error
        }
        if let error = handoff.waitForProducer() { throw error }
    }
}

/// What `yield` throws once the consumer has failed: the producer's way out, never seen by callers.
struct PipelineCancelled: Error {}

/// The items between the two threads, guarded by one condition.
private final class Handoff<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let depth: Int
    private var items: [Item] = []
    private var produced = false
    private var cancelled = false
    private var failure: (any Error)?

    init(depth: Int) { self.depth = depth }

    /// Adds an item, waiting for room; throws once the consumer has stopped.
    func put(_ item: Item) throws {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= depth && !cancelled { condition.wait() }
        guard !cancelled else { throw PipelineCancelled() }
        items.append(item)
        condition.broadcast()
    }

    /// The next item, waiting for one; nil once the producer is done and every item was taken.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !produced { condition.wait() }
        guard !items.isEmpty else { return nil }
        condition.broadcast()
        return items.removeFirst()
    }

    /// The producer is done, having failed with `error` or not.
    func finish(throwing error: (any Error)?) {
        condition.lock()
        defer { condition.unlock() }
        failure = error
        produced = true
        condition.broadcast()
    }

    /// The consumer stopped: the producer's next `put` throws.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
    }

    /// Waits until the producer is done; its error, if any.
    func waitForProducer() -> (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        while !produced { condition.wait() }
        return failure
    }
}
