import Foundation
import Synchronization
import Testing
@testable import PKExport

@Suite struct PipelineTests {
    private struct Failure: Error, Equatable { let side: String }

    /// How many items the producer has yielded, read by the consumer's thread.
    private final class Count: Sendable {
        private let value = Mutex(0)
        func add() { value.withLock { $0 += 1 } }
        var current: Int { value.withLock { $0 } }
    }

    @Test func everyItemArrivesInOrder() throws {
        var received: [Int] = []
        try Pipeline.run(produce: { yield in for item in 0..<10_000 { try yield(item) } }, consume: { received.append($0) })
        #expect(received == Array(0..<10_000))
    }

    @Test func theProducerRunsAtMostDepthItemsAhead() throws {
        let yielded = Count()
        var lead = 0
        try Pipeline.run(depth: 3, produce: { yield in
            for item in 0..<200 {
                try yield(item)
                yielded.add()
            }
        }, consume: { item in
            Thread.sleep(forTimeInterval: 0.0005)  // a slow consumer: the producer waits for room
            lead = max(lead, yielded.current - item)
        })
        #expect(lead <= 4)  // the item being consumed and the 3 waiting (the last `yield` may not be counted yet)
    }

    @Test func aFailingConsumerStopsTheProducerAndItsErrorIsThrown() {
        let yielded = Count()
        #expect(throws: Failure(side: "consumer")) {
            try Pipeline.run(depth: 2, produce: { yield in
                for item in 0..<1_000_000 {
                    try yield(item)
                    yielded.add()
                }
            }, consume: { item in if item == 10 { throw Failure(side: "consumer") } })
        }
        #expect(yielded.current < 20)
    }

    @Test func aFailingProducersErrorIsThrownAndWhatWasConsumedCameInOrder() {
        var received: [Int] = []
        #expect(throws: Failure(side: "producer")) {
            try Pipeline.run(produce: { yield in
                for item in 0..<5 { try yield(item) }
                throw Failure(side: "producer")
            }, consume: { received.append($0) })
        }
        #expect(received == Array(0..<received.count))
    }

    @Test func theProducerRunsOnTheCallingThreadAndTheConsumerOnAnother() throws {
        let caller = pthread_self()
        var producers: Set<pthread_t> = [], consumers: Set<pthread_t> = []
        try Pipeline.run(produce: { yield in
            for item in 0..<100 {
                producers.insert(pthread_self())
                try yield(item)
            }
        }, consume: { _ in consumers.insert(pthread_self()) })
        #expect(producers == [caller])
        #expect(consumers.count == 1 && !consumers.contains(caller))
    }

    @Test func aProducerThatYieldsNothingEndsAtOnce() throws {
        var calls = 0
        try Pipeline.run(produce: { (_: (Int) throws -> Void) in }, consume: { _ in calls += 1 })
        #expect(calls == 0)
    }
}
