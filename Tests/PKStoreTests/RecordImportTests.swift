import PKCore
import PKStore
import PKTestSupport
import Testing

@Suite struct RecordImportTests {
    /// More services than one insert statement takes rows (`RowBatch.rowsPerStatement`), counts and audit
    /// entries alike, with an update among the new drafts: every row is written, in order, as saves would.
    @Test(arguments: TestBackend.available)
    func aLargeImportWritesEveryRecordCountAndAuditEntry(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.savedWorkedExample()
        let codes = (1...61).map { String(format: "B%03d", $0) }
        for code in codes {
            _ = try fixture.store.addService(by: fixture.admin, code: code, name: "Pakalpojums \(code)", institutionCode: "CARN")
            _ = try fixture.store.setChannels(by: fixture.admin, service: code, to: [.eLatvija, .klatiene])
            _ = try fixture.store.publish(by: fixture.admin, service: code)
        }
        func change(_ code: String, row: Int, _ started: Int) -> RecordChange {
            let cell = { (value: Int) in ImportedCell(row: row, column: "", value: ChannelCounts(started: value, completed: value)) }
            return RecordChange(year: 2019, code: code, rows: [row], counts: [.eLatvija: cell(started), .klatiene: cell(started + 1)],
                                complaints: ImportedCell(row: row, column: "Sūdzības", value: row))
        }
        let changes = codes.enumerated().map { change($1, row: $0 + 2, $0) } + [change("015A", row: 63, 7)]

        let outcome = try fixture.store.importRecords(by: fixture.ieva, changes, keep: true)
        guard case .imported(let summary) = outcome else { Issue.record("refused: \(outcome)"); return }
        #expect(summary == ImportSummary(created: 61, updated: 1))

        let stored = Dictionary(uniqueKeysWithValues: try fixture.store.records(by: fixture.ieva, year: 2019).map { ($0.service.code, $0) })
        for (index, change) in changes.enumerated() {
            let record = try #require(stored[change.code])
            #expect(record.counts == change.counts.mapValues { $0.value! })
            #expect(record.complaints == index + 2)
            #expect(record.revision == (change.code == "015A" ? 2 : 1))
        }
        let entries = try fixture.store.auditTrail(by: fixture.ieva, AuditQuery(limit: 62)).entries
        #expect(entries.reversed().map(\.serviceCode) == changes.map(\.code))
        #expect(entries.first?.kind == .saveRecord && entries.last?.kind == .createRecord)
    }
}
