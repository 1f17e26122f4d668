import PKCore
import PKStore
import PKTestSupport
import Testing

@Suite struct AdministrationTests {
    private let until = CalendarDate(iso: "2027-12-31")!

    @Test(arguments: TestBackend.available)
    func nonAdministratorsAreRefusedInstitutionManagement(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        for user in [fixture.ieva, fixture.janis] {
            #expect(throws: StoreError.administratorsOnly) { try fixture.store.addInstitution(by: user, code: "RIGA", name: "Rīga") }
            #expect(throws: StoreError.administratorsOnly) { try fixture.store.institutions(by: user) }
        }
        #expect(try fixture.store.institutions(by: fixture.admin).map(\.code) == ["ADAZI", "CARN", "VRAA"])
    }

    @Test(arguments: TestBackend.available)
    func nonAdministratorsAreRefusedUserManagement(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: StoreError.administratorsOnly) {
            try fixture.store.addUser(by: fixture.ieva, login: "peteris", fullName: "Pēteris", institutionCode: "CARN",
                                      role: .institutionUser, validUntil: until, password: StoreFixture.password)
        }
        #expect(throws: StoreError.administratorsOnly) {
            try fixture.store.addUser(by: fixture.janis, login: "boss", fullName: "Boss", institutionCode: "ADAZI",
                                      role: .administrator, validUntil: until, password: StoreFixture.password)
        }
        #expect(throws: StoreError.administratorsOnly) { try fixture.store.users(by: fixture.ieva) }
        #expect(try fixture.store.users(by: fixture.admin).map(\.login) == ["janis", "ieva", "admin"])
    }

    @Test(arguments: TestBackend.available)
    func duplicateInstitutionCodesAreRefusedInAnyCase(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: StoreError.duplicateInstitution("CARN")) {
            try fixture.store.addInstitution(by: fixture.admin, code: "CARN", name: "Otra")
        }
        #expect(throws: StoreError.duplicateInstitution("carn")) {
            try fixture.store.addInstitution(by: fixture.admin, code: "carn", name: "Otra")
        }
    }

    @Test(arguments: TestBackend.available)
    func duplicateLoginsAreRefusedInAnyCase(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        for login in ["ieva", "IEVA", "admin"] {
            #expect(throws: StoreError.duplicateLogin(login)) {
                try fixture.store.addUser(by: fixture.admin, login: login, fullName: "Cita Ieva", institutionCode: "ADAZI",
                                          role: .institutionUser, validUntil: until, password: StoreFixture.password)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func duplicateServiceCodesAreRefusedAcrossInstitutionsAndCase(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: StoreError.duplicateServiceCode("015A")) {
            try fixture.store.addService(by: fixture.janis, code: "015A", name: "Cits")
        }
        #expect(throws: StoreError.duplicateServiceCode("101a")) {
            try fixture.store.addService(by: fixture.admin, code: "101a", name: "Cits", institutionCode: "CARN")
        }
    }

    @Test(arguments: TestBackend.available, ["", "has space", "ĀDAŽI", "A/B", String(repeating: "X", count: 21)])
    func invalidInstitutionCodesAreRefused(_ backend: TestBackend, code: String) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: StoreError.invalidInstitutionCode(code)) {
            try fixture.store.addInstitution(by: fixture.admin, code: code, name: "Iestāde")
        }
    }

    @Test(arguments: TestBackend.available, ["", "   ", "a\u{7}b", "evil\u{202E}exe.pdf", "a\u{1B}[2Jb", String(repeating: "n", count: 301)])
    func invalidNamesAreRefused(_ backend: TestBackend, name: String) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: StoreError.invalidName(name)) { try fixture.store.addInstitution(by: fixture.admin, code: "RIGA", name: name) }
        #expect(throws: StoreError.invalidName(name)) { try fixture.store.addService(by: fixture.ieva, code: "016A", name: name) }
    }

    @Test(arguments: TestBackend.available, ["", "a", "1abc", "_abc", "ja nis", "jānis", "ieva@carn", String(repeating: "a", count: 33)])
    func invalidLoginsAreRefused(_ backend: TestBackend, login: String) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: StoreError.invalidLogin(login)) {
            try fixture.store.addUser(by: fixture.admin, login: login, fullName: "Kāds", institutionCode: "CARN",
                                      role: .institutionUser, validUntil: until, password: StoreFixture.password)
        }
    }

    @Test(arguments: TestBackend.available, ["", "01 5", "015A!", "Ā15", String(repeating: "1", count: 21)])
    func invalidServiceCodesAreRefused(_ backend: TestBackend, code: String) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: StoreError.invalidServiceCode(code)) { try fixture.store.addService(by: fixture.ieva, code: code, name: "X") }
    }

    @Test(arguments: TestBackend.available)
    func validEdgeCaseLoginsAndCodesAreAccepted(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        let user = try fixture.store.addUser(by: fixture.admin, login: "jb", fullName: "J B", institutionCode: "carn",
                                             role: .institutionUser, validUntil: until, password: StoreFixture.password)
        #expect(user.institution.code == "CARN")
        _ = try fixture.store.addUser(by: fixture.admin, login: "a.b-c_d9" + String(repeating: "x", count: 24), fullName: "X",
                                      institutionCode: "CARN", role: .institutionUser, validUntil: until, password: StoreFixture.password)
        #expect(try fixture.store.addService(by: fixture.ieva, code: "A-1_b.2", name: "Ā").code == "A-1_b.2")
    }

    @Test(arguments: TestBackend.available)
    func unknownInstitutionAndEmptyPasswordAreRefused(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: StoreError.unknownInstitution("NOPE")) {
            try fixture.store.addUser(by: fixture.admin, login: "peteris", fullName: "Pēteris", institutionCode: "NOPE",
                                      role: .institutionUser, validUntil: until, password: StoreFixture.password)
        }
        #expect(throws: StoreError.emptyPassword) {
            try fixture.store.addUser(by: fixture.admin, login: "peteris", fullName: "Pēteris", institutionCode: "CARN",
                                      role: .institutionUser, validUntil: until, password: "")
        }
        #expect(throws: StoreError.unknownInstitution("NOPE")) {
            try fixture.store.addService(by: fixture.admin, code: "200A", name: "X", institutionCode: "NOPE")
        }
    }

    @Test(arguments: TestBackend.available)
    func storeCanBeInitializedOnlyOnce(_ backend: TestBackend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: StoreError.alreadyInitialized) {
            try fixture.store.initialize(login: "second", fullName: "Otrais", password: StoreFixture.password, passwordCost: 1)
        }
    }
}
