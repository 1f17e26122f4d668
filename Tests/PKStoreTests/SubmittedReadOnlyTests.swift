import GRDB
import PKCore
@testable import PKStore
import Testing

@Suite struct SubmittedReadOnlyTests {
    @Test func submitMakesTheRecordSubmittedAndStillViewable() throws {
        let fixture = try StoreFixture()
        let submitted = try fixture.submittedWorkedExample()
        #expect(submitted.status == .submitted)
        #expect(submitted.revision == 2)
        #expect(submitted.totals == ChannelCounts(started: 4478, completed: 4345))
        #expect(try fixture.store.record(by: fixture.ieva, service: "015A", year: 2019) == submitted)
    }

    @Test func storeRefusesToEditSaveOrSubmitASubmittedRecordAgain() throws {
        let fixture = try StoreFixture()
        let submitted = try fixture.submittedWorkedExample()
        let readOnly = StoreError.submittedReadOnly(code: "015A", year: 2019)
        #expect(throws: readOnly) { try fixture.store.draft(by: fixture.ieva, service: "015A", year: 2019) }
        #expect(throws: readOnly) { try fixture.store.submit(by: fixture.ieva, service: "015A", year: 2019) }
        var forged = submitted
        forged.status = .draft
        #expect(throws: readOnly) { try fixture.store.save(by: fixture.ieva, forged) }
        #expect(try fixture.store.record(by: fixture.ieva, service: "015A", year: 2019) == submitted)
    }

    @Test func draftOpenedBeforeSubmitCannotBeSavedAfterIt() throws {
        let fixture = try StoreFixture()
        var stale = try fixture.savedWorkedExample()
        _ = try fixture.store.submit(by: fixture.ieva, service: "015A", year: 2019)
        try stale.setDelays(11)
        #expect(throws: StoreError.submittedReadOnly(code: "015A", year: 2019)) { try fixture.store.save(by: fixture.ieva, stale) }
    }

    @Test(arguments: [
        "UPDATE record SET complaints = 99",
        "UPDATE record SET status = 'draft'",
        "DELETE FROM record",
        "UPDATE record_channel SET started = 1",
        "DELETE FROM record_channel",
        "INSERT INTO record_channel (record_id, channel, started, completed) SELECT id, 'pasts', 1, 1 FROM record",
    ])
    func sqliteItselfRefusesRawWritesToASubmittedRecord(sql: String) throws {
        let fixture = try StoreFixture()
        let submitted = try fixture.submittedWorkedExample()
        #expect(throws: DatabaseError.self) { try fixture.store.writer.write { db in try db.execute(sql: sql) } }
        #expect(try fixture.store.record(by: fixture.ieva, service: "015A", year: 2019) == submitted)
    }

    @Test func theTriggerMessageSaysWhy() throws {
        let fixture = try StoreFixture()
        try fixture.submittedWorkedExample()
        do {
            try fixture.store.writer.write { db in try db.execute(sql: "UPDATE record SET complaints = 99") }
            Issue.record("the update of a submitted record went through")
        } catch let error as DatabaseError {
            #expect(error.message == "submitted records are read-only")
        }
    }

    @Test func rawWritesToADraftStillWork() throws {
        let fixture = try StoreFixture()
        try fixture.savedWorkedExample()
        try fixture.store.writer.write { db in
            try db.execute(sql: "UPDATE record SET complaints = 99")
            try db.execute(sql: "UPDATE record_channel SET started = 1 WHERE channel = 'klatiene'")
            try db.execute(sql: "INSERT INTO record_channel (record_id, channel, started, completed) SELECT id, 'pasts', 3, 2 FROM record")
        }
        let record = try fixture.store.record(by: fixture.ieva, service: "015A", year: 2019)
        #expect(record.complaints == 99)
        #expect(record.counts[.klatiene]?.started == 1)
        #expect(record.counts[.pasts] == ChannelCounts(started: 3, completed: 2))
        try fixture.store.writer.write { db in try db.execute(sql: "DELETE FROM record") }
        #expect(try fixture.store.records(by: fixture.ieva, year: 2019).isEmpty)
    }

    @Test func submittingOneRecordLeavesOtherRecordsWritable() throws {
        let fixture = try StoreFixture()
        try fixture.submittedWorkedExample()
        let janis = try fixture.savedJanisDraft()
        try fixture.store.writer.write { db in
            try db.execute(sql: "UPDATE record SET delays = 7 WHERE id = ?", arguments: [janis.id])
        }
        #expect(try fixture.store.record(by: fixture.janis, service: "101A", year: 2019).delays == 7)
    }

    @Test(arguments: ["UPDATE record SET complaints = -1", "UPDATE record SET delays = 1000000001",
                      "UPDATE record_channel SET started = -5", "UPDATE record_channel SET channel = 'telegraph'"])
    func sqliteRefusesOutOfRangeCountsAndUnknownChannels(sql: String) throws {
        let fixture = try StoreFixture()
        try fixture.savedWorkedExample()
        #expect(throws: DatabaseError.self) { try fixture.store.writer.write { db in try db.execute(sql: sql) } }
    }
}
