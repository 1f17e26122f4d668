import PKCore
import PKStore
import PKTestSupport
import Testing

@Suite struct RecordSaveTests {
    @Test(arguments: TestBackend.available)
    func firstSaveInsertsAtRevisionOneWithEverything(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let saved = try fixture.savedWorkedExample()
        #expect(saved.id != nil)
        #expect(saved.revision == 1)
        #expect(saved.status == .draft)
        #expect(saved.updated == Timestamp(iso: "2020-03-02 10:15:00"))
        #expect(saved.counts == [.eLatvija: ChannelCounts(started: 2378, completed: 2245),
                                 .klatiene: ChannelCounts(started: 2100, completed: 2100)])
        #expect((saved.complaints, saved.delays) == (4, 10))
        #expect(saved.indicators?.success.percent?.description == "94.41")
        #expect(saved.indicators?.usage.percent?.description == "53.10")
        #expect(saved.indicators?.allStarted == 4478)
    }

    @Test(arguments: TestBackend.available)
    func savingAgainUpdatesAndRaisesTheRevision(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        var record = try fixture.savedWorkedExample()
        _ = try record.set(.klatiene, ChannelCounts(started: 2000, completed: 1990))
        let resaved = try fixture.store.save(by: fixture.ieva, record)
        #expect(resaved.id == record.id)
        #expect(resaved.revision == 2)
        #expect(resaved.counts[.klatiene] == ChannelCounts(started: 2000, completed: 1990))
        #expect(resaved.indicatorsStale)
        #expect(try fixture.store.records(by: fixture.ieva, year: 2019).count == 1)
    }

    @Test(arguments: TestBackend.available)
    func secondSaveOfTwoDraftsReadAtTheSameRevisionIsRefused(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.savedWorkedExample()
        var first = try fixture.store.draft(by: fixture.ieva, service: "015A", year: 2019)
        var second = try fixture.store.draft(by: fixture.ieva, service: "015A", year: 2019)
        #expect(first.revision == second.revision)
        try first.setComplaints(5)
        try second.setComplaints(6)
        _ = try fixture.store.save(by: fixture.ieva, first)
        #expect(throws: StoreError.changedElsewhere(code: "015A", year: 2019)) {
            try fixture.store.save(by: fixture.ieva, second)
        }
        let stored = try fixture.store.record(by: fixture.ieva, service: "015A", year: 2019)
        #expect(stored.complaints == 5)
        #expect(stored.revision == 2)
    }

    @Test(arguments: TestBackend.available)
    func twoNewDraftsOfTheSameServiceAndYearCannotBothBeInserted(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let a = try fixture.store.newDraft(by: fixture.ieva, service: "015A", year: 2019)
        let b = try fixture.store.newDraft(by: fixture.ieva, service: "015A", year: 2019)
        _ = try fixture.store.save(by: fixture.ieva, a)
        #expect(throws: StoreError.recordExists(code: "015A", year: 2019)) { try fixture.store.save(by: fixture.ieva, b) }
        #expect(throws: StoreError.recordExists(code: "015A", year: 2019)) {
            try fixture.store.newDraft(by: fixture.ieva, service: "015A", year: 2019)
        }
    }

    /// save returns the record without reading it back: it must be exactly what a fresh read gives,
    /// after an insert and after an update, with indicators computed, not computable, stale or never computed.
    @Test(arguments: TestBackend.available)
    func saveReturnsWhatAFreshReadGives(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        func expectStored(_ saved: StatisticsRecord) throws {
            #expect(saved == (try fixture.store.record(by: fixture.ieva, service: "015A", year: saved.year)))
        }
        var record = try fixture.savedWorkedExample()
        try expectStored(record)
        _ = try record.set(.klatiene, ChannelCounts(started: 0, completed: 0))
        record = try fixture.store.save(by: fixture.ieva, record)
        try expectStored(record)
        _ = try record.set(.eLatvija, ChannelCounts(started: 0, completed: 0))
        try record.computeIndicators()
        record = try fixture.store.save(by: fixture.ieva, record)
        #expect(record.indicators?.success == .notComputable)
        try expectStored(record)
        try expectStored(try fixture.store.save(by: fixture.ieva, try fixture.store.newDraft(by: fixture.ieva, service: "015A", year: 2018)))
    }

    @Test(arguments: TestBackend.available)
    func eachYearHasItsOwnRecord(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.savedWorkedExample()
        let other = try fixture.store.save(by: fixture.ieva, try fixture.store.newDraft(by: fixture.ieva, service: "015A", year: 2018))
        #expect(other.year == 2018 && other.totals == .zero)
        #expect(try fixture.store.records(by: fixture.ieva, year: 2018).map(\.year) == [2018])
        #expect(try fixture.store.servicesMissingRecords(by: fixture.ieva, year: 2019).isEmpty)
    }

    @Test(arguments: TestBackend.available)
    func unpublishedOrChannelLessServicesTakeNoRecord(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        _ = try fixture.store.addService(by: fixture.ieva, code: "016A", name: "Jauns")
        #expect(throws: StoreError.notPublished("016A")) { try fixture.store.newDraft(by: fixture.ieva, service: "016A", year: 2019) }
        #expect(throws: StoreError.noChannels("016A")) { try fixture.store.publish(by: fixture.ieva, service: "016A") }
    }

    @Test(arguments: TestBackend.available)
    func aSaveFromARevisionThatWasNeverStoredIsRefused(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        var record = try fixture.savedWorkedExample()
        record.revision += 5
        #expect(throws: StoreError.changedElsewhere(code: "015A", year: 2019)) { try fixture.store.save(by: fixture.ieva, record) }
    }

    /// The domain's refusal must reach the caller as itself, not dressed up as a database failure.
    @Test(arguments: TestBackend.available)
    func submitWithoutComputedIndicatorsThrowsTheRecordError(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        _ = try fixture.savedWorkedExample(computed: false)
        #expect(throws: StoreError.notReadyToSubmit(code: "015A", [CheckFinding(.indicatorsNotComputed, code: "015A")])) {
            try fixture.store.submit(by: fixture.ieva, service: "015A", year: 2019)
        }
        #expect(try fixture.store.record(by: fixture.ieva, service: "015A", year: 2019).status == .draft)
    }

    @Test(arguments: TestBackend.available)
    func submitWithStaleIndicatorsNamesTheRuleThatBlocks(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        var draft = try fixture.savedWorkedExample()
        _ = try draft.set(.klatiene, ChannelCounts(started: 1, completed: 1))
        draft = try fixture.store.save(by: fixture.ieva, draft)
        #expect(draft.indicatorsStale)
        #expect(throws: StoreError.notReadyToSubmit(code: "015A", [CheckFinding(.indicatorsStale, code: "015A")])) {
            try fixture.store.submit(by: fixture.ieva, service: "015A", year: 2019)
        }
        #expect(try fixture.store.record(by: fixture.ieva, service: "015A", year: 2019).status == .draft)
    }

    @Test(arguments: TestBackend.available)
    func submitOfARecordNeverSavedSaysThereIsNone(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: StoreError.noRecord(code: "015A", year: 2019)) {
            try fixture.store.submit(by: fixture.ieva, service: "015A", year: 2019)
        }
    }
}
