import Foundation

/// A producer on the calling thread and a consumer on a second one, handing items over in order: an export
/// reads the database where the session uses it (a script's open transaction belongs to that thread) while
/// it writes the file on another core. At most `depth` items wait between them, so memory stays flat
/// whatever the size. An error on either side stops both.
public enum Pipeline {
    /// Runs `produce` here and `consume` on a new thread with each item `produce` yields; returns once both are
    /// done. `yield` blocks while `depth` items wait, and throws once `consume` has failed, so the producer
    /// stops. Throws the consumer's error, or else the producer's. `consume` may use state of the caller that
    /// `produce` does not touch: until this returns, only the consumer's thread uses it.
    public static func run<Item: Sendable>(depth: Int = 2, produce: (_ yield: (Item) throws -> Void) throws -> Void,
                                           consume: (Item) throws -> Void) throws {
        precondition(depth > 0, "a pipeline holds at least one item between its threads")
        let handoff = Handoff<Item>(depth: depth)
        try withoutActuallyEscaping(consume) { consume in
            let started = ConsumerThread {
                do {
                    while let item = handoff.take() { try consume(item) }
                } catch {
                    handoff.fail(error)
                }
            }
            guard let consumer = started else { return try produce(consume) }  // no thread to be had: one after the other
            var producerError: (any Error)?
            do {
                try produce(handoff.put)
            } catch {
                producerError = error
            }
            handoff.finish(stopping: producerError != nil)
            consumer.join()
            if let error = handoff.consumerError ?? producerError { throw error }
        }
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
    private var failure: (any Error)?

    init(depth: Int) { self.depth = depth }

    /// Adds an item, waiting for room; throws once the consumer has failed.
    func put(_ item: Item) throws {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= depth && failure == nil { condition.wait() }
        guard failure == nil else { throw PipelineCancelled() }
        items.append(item)
        condition.broadcast()
    }

    /// The next item, waiting for one; nil once the producer is done and every item was taken (or it failed).
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !produced { condition.wait() }
        guard !items.isEmpty else { return nil }
        condition.broadcast()
        return items.removeFirst()
    }

    /// The producer is done; when it failed (`stopping`), the items still waiting are dropped.
    func finish(stopping: Bool) {
        condition.lock()
        defer { condition.unlock() }
        produced = true
        if stopping { items.removeAll() }
        condition.broadcast()
    }

    /// The consumer failed: the producer's next `put` throws.
    func fail(_ error: any Error) {
        condition.lock()
        defer { condition.unlock() }
        failure = error
        condition.broadcast()
    }

    /// The consumer's error; read after it has been joined.
    var consumerError: (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }
}

/// A POSIX thread that runs one closure and is joined: once `join` returns, the thread has let go of the
/// closure (`Thread` keeps its block a little longer, which `withoutActuallyEscaping` would catch).
private final class ConsumerThread {
    #if canImport(Darwin)
    private var thread: pthread_t?
    #else
    private var thread = pthread_t()
    #endif

    /// Starts `body` on a new thread; nil when the system refuses one.
    init?(_ body: @escaping () -> Void) {
        let box = Unmanaged.passRetained(Body(body))
        let started = pthread_create(&thread, nil, { box in
            let body: UnsafeMutableRawPointer? = box  // optional on Glibc, not on Darwin
            Unmanaged<Body>.fromOpaque(body!).takeRetainedValue().run()
            return nil
        }, box.toOpaque())
        guard started == 0 else {
            box.release()
            return nil
        }
    }

    func join() {
        #if canImport(Darwin)
        pthread_join(thread!, nil)
        #else
        pthread_join(thread, nil)
        #endif
    }

    private final class Body: @unchecked Sendable {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }
}
