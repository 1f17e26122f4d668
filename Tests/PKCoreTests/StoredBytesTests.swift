import PKCore
import Testing

/// Values read from a database column's UTF-8 bytes, as exports read them, with no `String` on the way.
@Suite struct StoredBytesTests {
    private func bytes<T>(_ text: String, _ read: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var text = text
        return text.withUTF8(read)
    }

    @Test func everyChannelKeyGivesItsPlaceInTheCatalogueOrder() {
        for (order, channel) in Channel.inOrder.enumerated() {
            #expect(bytes(channel.key) { Channel.order(ofKey: $0) } == order)
        }
    }

    @Test(arguments: ["", "e", "e-latvij", "e-latvijaa", "E-latvija", "klātiene", "sms "])
    func otherBytesAreNoChannel(_ text: String) {
        #expect(bytes(text) { Channel.order(ofKey: $0) } == nil)
    }

    @Test func statusesAreReadFromTheirStoredNames() {
        #expect(bytes("draft") { RecordStatus(utf8: $0) } == .draft)
        #expect(bytes("submitted") { RecordStatus(utf8: $0) } == .submitted)
        for other in ["", "Draft", "submit", "submitted!", "melnraksts"] {
            #expect(bytes(other) { RecordStatus(utf8: $0) } == nil)
        }
    }

    @Test func bytesEqualOnlyTheSameBytes() {
        #expect(bytes("") { $0.hasSameBytes(as: "") })
        #expect(bytes("CARN") { $0.hasSameBytes(as: "CARN") })
        #expect(bytes("Ādaži, a name longer than fifteen bytes") { $0.hasSameBytes(as: "Ādaži, a name longer than fifteen bytes") })
        #expect(!bytes("CARN") { $0.hasSameBytes(as: "CAR") })
        #expect(!bytes("CARN") { $0.hasSameBytes(as: "carn") })
        #expect(!bytes("") { $0.hasSameBytes(as: "x") })
        // `ā` as one scalar and as `a` with a combining macron: equal as Strings, not as bytes.
        #expect(!bytes("\u{101}") { $0.hasSameBytes(as: "a\u{304}") })
    }

    @Test func aTimestampFromBytesIsTheOneFromText() {
        for text in ["2019-12-17 09:43:01", "2019-12-17T09:43:01", "2019-12-17 24:00:00", "2019-12-17 9:43:01", "2019-02-30 10:00:00"] {
            #expect(bytes(text) { Timestamp(iso: $0) } == Timestamp(iso: text))
        }
        #expect(bytes("2020-03-02 10:15:00") { Timestamp(iso: $0) }?.description == "2020-03-02 10:15:00")
    }

    @Test func indicatorsAreCurrentForCountsInOrderAsForTheirDictionary() {
        let counts: [Channel: ChannelCounts] = [.eLatvija: ChannelCounts(started: 2378, completed: 2245),
                                                .klatiene: ChannelCounts(started: 2100, completed: 2100)]
        let inOrder = Channel.inOrder.map { counts[$0] }
        let indicators = QualityIndicators.compute(from: counts)
        #expect(indicators.isCurrent(forCountsInOrder: inOrder))
        var changed = counts
        changed[.eIestade] = ChannelCounts(started: 1, completed: 0)
        #expect(!indicators.isCurrent(forCountsInOrder: Channel.inOrder.map { changed[$0] }))
        #expect(!indicators.isCurrent(for: changed))
        // A completed count outside the e-channels changes neither indicator.
        changed = counts
        changed[.klatiene] = ChannelCounts(started: 2100, completed: 1)
        #expect(indicators.isCurrent(forCountsInOrder: Channel.inOrder.map { changed[$0] }))
    }
}
