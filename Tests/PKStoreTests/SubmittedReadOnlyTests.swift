import PKCore
@testable import PKStore
import PKTestSupport
import Testing

@Suite struct SubmittedReadOnlyTests {
    @Test(arguments: TestBackend.available)
    func submitMakesTheRecordSubmittedAndStillViewable(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let submitted = try fixture.submittedWorkedExample()
        #expect(submitted.status == .submitted)
        #expect(submitted.revision == 2)
        #expect(submitted.totals == ChannelCounts(started: 4478, completed: 4345))
        #expect(try fixture.store.record(by: fixture.ieva, service: "015A", year: 2019) == submitted)
    }

    @Test(arguments: TestBackend.available)
    func storeRefusesToEditSaveOrSubmitASubmittedRecordAgain(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let submitted = try fixture.submittedWorkedExample()
        let readOnly = StoreError.submittedReadOnly(code: "015A", year: 2019)
        #expect(throws: readOnly) { try fixture.store.draft(by: fixture.ieva, service: "015A", year: 2019) }
        #expect(throws: readOnly) { try fixture.store.submit(by: fixture.ieva, service: "015A", year: 2019) }
        var forged = submitted
        forged.status = .draft
        #expect(throws: readOnly) { try fixture.store.save(by: fixture.ieva, forged) }
        #expect(try fixture.store.record(by: fixture.ieva, service: "015A", year: 2019) == submitted)
    }

    @Test(arguments: TestBackend.available)
    func draftOpenedBeforeSubmitCannotBeSavedAfterIt(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        var stale = try fixture.savedWorkedExample()
        _ = try fixture.store.submit(by: fixture.ieva, service: "015A", year: 2019)
        try stale.setDelays(11)
        #expect(throws: StoreError.submittedReadOnly(code: "015A", year: 2019)) { try fixture.store.save(by: fixture.ieva, stale) }
    }

    @Test(arguments: TestBackend.available, [
        "UPDATE record SET complaints = 99",
        "UPDATE record SET status = 'draft', complaints = 99",
        "DELETE FROM record",
        "UPDATE record_channel SET started = 1",
        "DELETE FROM record_channel",
        "INSERT INTO record_channel (record_id, channel, started, completed) SELECT id, 'pasts', 1, 1 FROM record",
    ])
    func theDatabaseItselfRefusesRawWritesToASubmittedRecord(_ backend: TestBackend, sql: String) throws {
        let fixture = try StoreFixture(backend)
        let submitted = try fixture.submittedWorkedExample()
        #expect(throws: (any Error).self) { try fixture.executeAsOwner(sql) }
        #expect(try fixture.store.record(by: fixture.ieva, service: "015A", year: 2019) == submitted)
    }

    @Test(arguments: TestBackend.available)
    func onlyAnAdministratorReopensASubmittedRecordAndItsFiguresStay(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let submitted = try fixture.submittedWorkedExample()
        #expect(throws: StoreError.administratorsOnly) {
            try fixture.store.reopen(by: fixture.ieva, service: "015A", institution: "CARN", year: 2019, reason: "pati")
        }
        let reopened = try fixture.store.reopen(by: fixture.admin, service: "015A", institution: "CARN", year: 2019,
                                                reason: "skaiti neatbilst")
        #expect(reopened.status == .draft && reopened.counts == submitted.counts && reopened.indicators == submitted.indicators)
        #expect(try fixture.store.reopening(of: reopened, by: fixture.ieva)?.reason == "skaiti neatbilst")
    }

    @Test(arguments: TestBackend.available)
    func theTriggerMessageSaysWhy(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.submittedWorkedExample()
        do {
            try fixture.executeAsOwner("UPDATE record SET complaints = 99")
            Issue.record("the update of a submitted record went through")
        } catch {
            #expect(String(describing: error).contains("submitted records are read-only"))
        }
    }

    @Test(arguments: TestBackend.available)
    func rawWritesToADraftStillWork(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.savedWorkedExample()
        try fixture.executeAsOwner("UPDATE record SET complaints = 99")
        try fixture.executeAsOwner("UPDATE record_channel SET started = 1 WHERE channel = 'klatiene'")
        try fixture.executeAsOwner("INSERT INTO record_channel (record_id, channel, started, completed) SELECT id, 'pasts', 3, 2 FROM record")
        let record = try fixture.store.record(by: fixture.ieva, service: "015A", year: 2019)
        #expect(record.complaints == 99)
        #expect(record.counts[.klatiene]?.started == 1)
        #expect(record.counts[.pasts] == ChannelCounts(started: 3, completed: 2))
        try fixture.executeAsOwner("DELETE FROM record")
        #expect(try fixture.store.records(by: fixture.ieva, year: 2019).isEmpty)
    }

    @Test(arguments: TestBackend.available)
    func submittingOneRecordLeavesOtherRecordsWritable(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.submittedWorkedExample()
        let janis = try fixture.savedJanisDraft()
        try fixture.executeAsOwner("UPDATE record SET delays = 7 WHERE id = \(janis.id!)")
        #expect(try fixture.store.record(by: fixture.janis, service: "101A", year: 2019).delays == 7)
    }

    @Test(arguments: TestBackend.available, ["UPDATE record SET complaints = -1", "UPDATE record SET delays = 1000000001",
                      "UPDATE record_channel SET started = -5", "UPDATE record_channel SET channel = 'telegraph'"])
    func theDatabaseRefusesOutOfRangeCountsAndUnknownChannels(_ backend: TestBackend, sql: String) throws {
        let fixture = try StoreFixture(backend)
        try fixture.savedWorkedExample()
        #expect(throws: (any Error).self) { try fixture.executeAsOwner(sql) }
    }
}
