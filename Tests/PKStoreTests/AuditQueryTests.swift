import PKCore
@testable import PKStore
import PKTestSupport
import Testing

/// `log`'s questions of the audit trail: newest first, a limit that says when it left entries out, a first
/// day, an author, an institution for administrators.
@Suite struct AuditQueryTests {
    @Test(arguments: TestBackend.available)
    func newestFirstWithALimitAndAFirstDay(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.savedWorkedExample()
        let later = try fixture.store(at: "2020-03-05T08:00:00")
        let admin = try later.authenticate(login: "admin", password: StoreFixture.password)
        _ = try later.addInstitution(by: admin, code: "ROPA", name: "Ropažu novada pašvaldība")

        let all = try fixture.store.auditTrail(by: fixture.admin)
        #expect(!all.hasMore && all.entries.first?.kind == .addInstitution && all.entries.first?.detail.contains("ROPA") == true)
        let order = all.entries.map { ($0.at!.description, $0.id) }
        #expect(order.elementsEqual(order.sorted { $0 > $1 }, by: ==))
        let newest = try fixture.store.auditTrail(by: fixture.admin, AuditQuery(limit: 2))
        #expect(newest.hasMore && newest.entries == Array(all.entries.prefix(2)))
        #expect(try !fixture.store.auditTrail(by: fixture.admin, AuditQuery(limit: all.entries.count)).hasMore)
        let since = try fixture.store.auditTrail(by: fixture.admin, AuditQuery(since: CalendarDate(iso: "2020-03-03")))
        #expect(since.entries.map(\.kind) == [.addInstitution])
    }

    @Test(arguments: TestBackend.available)
    func anAuthorWithinOnesOwnInstitutionAndAnyInstitutionForAdministrators(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.savedWorkedExample()
        try fixture.savedJanisDraft()
        let ievas = try fixture.store.auditTrail(by: fixture.ieva, AuditQuery(login: "IEVA")).entries
        #expect(!ievas.isEmpty && ievas.allSatisfy { $0.login == "ieva" })
        #expect(try fixture.store.auditTrail(by: fixture.ieva, AuditQuery(login: "janis")).entries.isEmpty)
        #expect(throws: StoreError.unknownUser("nobody")) { try fixture.store.auditTrail(by: fixture.admin, AuditQuery(login: "nobody")) }
        #expect(throws: StoreError.administratorsOnly) {
            try fixture.store.auditTrail(by: fixture.ieva, AuditQuery(institution: "CARN"))
        }
        #expect(throws: StoreError.unknownInstitution("NOPE")) {
            try fixture.store.auditTrail(by: fixture.admin, AuditQuery(institution: "NOPE"))
        }
        let adazi = try fixture.store.auditTrail(by: fixture.admin, AuditQuery(institution: "ADAZI")).entries
        #expect(adazi.contains { $0.serviceCode == "101A" } && adazi.allSatisfy { $0.institutionCode == "ADAZI" })
    }
}
