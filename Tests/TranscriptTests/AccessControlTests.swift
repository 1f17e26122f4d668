import Foundation
import PKTestSupport
import Testing

/// Rights enforced in the store, tried as an attacker would: each attempt in its own pks process.
@Suite struct AccessControlTests {
    /// CARN's 2019 records: 015A a draft, 016B submitted.
    static func carnikavaDatabase(_ backend: TestBackend) throws -> ScratchDatabase {
        let database = try ScratchDatabase(backend)
        let setup = database.run(["login ieva", "add 015A", "set e-latvija 10 9", "compute", "save", "close",
                                  "add 016B", "set klatiene 3 3", "save", "submit --yes"])
        #expect(setup.status == 0, "setup: \(setup.stderr)")
        return database
    }

    static let otherInstitutionAttempts = [
        "add 015A", "add Carnikavai", "add 018D", "edit 015A", "edit Carnikavai", "show 015A", "show 016B --json",
        "submit 015A --yes", "log 015A", "service show 015A", "service channels 015A klatiene", "service publish 018D",
        "show \"015A' OR '1'='1\"", "edit \"%\"", "show \"' OR 1=1 --\"", "add \"015A\\\"; DROP TABLE record; --\"",
        "source attack.pks",
    ]

    @Test(arguments: TestBackend.available, otherInstitutionAttempts)
    func anotherInstitutionsServicesAreOutOfReach(_ backend: TestBackend, _ attempt: String) throws {
        let database = try Self.carnikavaDatabase(backend)
        defer { database.remove() }
        try "edit 015A\nset e-latvija 99999 1\nsave\n".write(to: database.folder.appendingPathComponent("attack.pks"),
                                                          atomically: true, encoding: .utf8)
        let before = database.run(["login ieva", "stats --json", "log"])
        let result = database.run(["login janis", "year 2019", attempt])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no service"), "\(attempt): \(result.stderr)")
        #expect(!result.stdout.contains("Carnikavai"))
        #expect(database.run(["login ieva", "stats --json", "log"]).stdout == before.stdout, "\(attempt) changed CARN's data")
    }

    @Test(arguments: TestBackend.available)
    func listsOfAnotherInstitutionShowNothingOfIt(_ backend: TestBackend) throws {
        let database = try Self.carnikavaDatabase(backend)
        defer { database.remove() }
        let result = database.run(["login janis", "year 2019", "stats", "stats --json", "services Carnikav", "missing",
                                   "stats %", "log"])
        #expect(result.status == 0)
        for leak in ["015A", "016B", "017C", "Carnikavai", "Carnikavas"] { #expect(!result.stdout.contains(leak), "janis sees \(leak)") }
    }

    @Test(arguments: TestBackend.available)
    func servicesCannotBeAddedToAnotherInstitution(_ backend: TestBackend) throws {
        let database = try Self.carnikavaDatabase(backend)
        defer { database.remove() }
        let result = database.run(["login janis", "service add 999X \"Svešs\" --institution CARN"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("only administrators can do this"))
    }

    static let administratorCommands = [
        "institution add RIGA \"Rīgas dome\"", "institution list", "user list",
        "user add zane --name Zane --institution CARN --until 2027-01-01", "user renew janis --until 2030-01-01",
        "user close janis", "password-cost", "password-cost 3",
    ]

    @Test(arguments: TestBackend.available, administratorCommands)
    func institutionUsersAreRefusedAdministration(_ backend: TestBackend, _ command: String) throws {
        let database = try ScratchDatabase(backend)
        defer { database.remove() }
        let result = database.run(["login ieva", command])
        #expect(result.status == 1)
        #expect(result.stderr == "error: only administrators can do this\n", "\(command): \(result.stderr)")
        #expect(database.run(["login janis"]).status == 0, "janis's rights are untouched")
    }
}
