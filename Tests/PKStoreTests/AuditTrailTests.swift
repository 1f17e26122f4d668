import PKCore
@testable import PKStore
import PKTestSupport
import Testing

@Suite struct AuditTrailTests {
    private func actions(_ entries: [AuditEntry]) -> [AuditAction] { entries.compactMap(\.kind) }

    @Test(arguments: TestBackend.available)
    func everyKindOfChangeIsRecordedWithOldAndNewValues(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        var draft = try fixture.savedWorkedExample()
        _ = try draft.set(.klatiene, ChannelCounts(started: 2200, completed: 2100))
        try draft.computeIndicators()
        _ = try fixture.store.save(by: fixture.ieva, draft)
        _ = try fixture.store.submit(by: fixture.ieva, service: "015A", year: 2019)
        _ = try fixture.store.renewRights(by: fixture.admin, login: "janis", until: CalendarDate(iso: "2028-06-30")!)
        _ = try fixture.store.closeRights(by: fixture.admin, login: "janis")
        try fixture.store.changePassword(by: fixture.ieva, old: StoreFixture.password, new: "jauna-parole-2020")
        if backend == .sqlite { try fixture.store.setPasswordCost(by: fixture.admin, to: 2) }  // the server's on PostgreSQL

        let all = try fixture.store.auditTrail(by: fixture.admin).entries
        #expect(Set(actions(all)).isSuperset(of: [
            .addInstitution, .grantRights, .addService, .setChannels, .publishService, .createRecord,
            .saveRecord, .submitRecord, .renewRights, .closeRights, .changePassword,
        ] + (backend == .sqlite ? [.setPasswordCost] : [])))
        let saved = try #require(all.first { $0.kind == .saveRecord })
        #expect(saved.login == "ieva" && saved.serviceCode == "015A" && saved.year == 2019)
        #expect(AuditDetail.stored(saved.detail)?.changes == [
            .init(.counts, subject: "klatiene", old: "2100/2100", new: "2200/2100"),
            .init(.indicators, old: "94.41/53.10", new: "94.41/51.94"),
        ])
        #expect(saved.at == Timestamp(iso: "2020-03-02T10:15:00"))
        let created = try #require(all.first { $0.kind == .createRecord })
        #expect(AuditDetail.stored(created.detail)?.changes.prefix(4) == [
            .init(.counts, subject: "e-latvija", new: "2378/2245"), .init(.counts, subject: "klatiene", new: "2100/2100"),
            .init(.complaints, new: "4"), .init(.delays, new: "10"),
        ])
        #expect(AuditDetail.stored(all.first { $0.kind == .submitRecord }?.detail ?? "")?.changes
                == [.init(.status, old: "draft", new: "submitted")])
        #expect(AuditDetail.stored(all.first { $0.kind == .renewRights }?.detail ?? "")?.changes
                == [.init(.validUntil, subject: "janis", old: "2027-12-31", new: "2028-06-30")])
        #expect(!all.contains { $0.detail.contains("jauna") || $0.detail.contains(StoreFixture.password) })
    }

    @Test(arguments: TestBackend.available)
    func usersSeeTheirOwnInstitutionsTrailOnly(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.savedWorkedExample()
        try fixture.savedJanisDraft()
        let ievas = try fixture.store.auditTrail(by: fixture.ieva).entries
        #expect(ievas.contains { $0.serviceCode == "015A" })
        #expect(!ievas.contains { $0.serviceCode == "101A" || $0.detail.contains("ADAZI") })
        #expect(try fixture.store.auditTrail(by: fixture.ieva, AuditQuery(service: "015A")).entries.allSatisfy { $0.serviceCode == "015A" })
        #expect(throws: StoreError.unknownService("101A")) { try fixture.store.auditTrail(by: fixture.ieva, AuditQuery(service: "101A")) }
    }

    @Test(arguments: TestBackend.available)
    func aRefusedChangeLeavesNoEntry(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let before = try fixture.store.auditTrail(by: fixture.admin).entries.count
        #expect(throws: StoreError.duplicateServiceCode("015A")) {
            try fixture.store.addService(by: fixture.admin, code: "015A", name: "Dublikāts", institutionCode: "CARN")
        }
        #expect(try fixture.store.auditTrail(by: fixture.admin).entries.count == before)
    }

    @Test(arguments: TestBackend.available, ["UPDATE audit SET detail = 'forged'", "DELETE FROM audit"])
    func theTrailIsAppendOnlyInTheDatabaseItself(_ backend: TestBackend, _ sql: String) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: (any Error).self) { try fixture.executeAsOwner(sql) }
    }
}
