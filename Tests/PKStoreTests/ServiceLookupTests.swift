import Foundation
import PKCore
@testable import PKStore
import PKTestSupport
import Testing

/// A service named by part of its name: found by the store's folded names, on both engines, as users name it.
@Suite struct ServiceLookupTests {
    /// The fixture with more services: two more in Carnikava, one in Ādaži.
    private static func fixture(_ backend: TestBackend) throws -> StoreFixture {
        let fixture = try StoreFixture(backend)
        for (code, name, institution) in [("016A", "Būvatļauja Carnikavā", "CARN"), ("017A", "Sociālā palīdzība", "CARN"),
                                           ("102A", "ŪDENS Ņemšanas atļauja", "ADAZI")] {
            _ = try fixture.store.addService(by: fixture.admin, code: code, name: name, institutionCode: institution)
        }
        return fixture
    }

    @Test(arguments: TestBackend.available)
    func partOfANameIsFoundWhateverItsCaseAndDiacritics(_ backend: TestBackend) throws {
        let fixture = try Self.fixture(backend)
        for part in ["buvatlauja", "BŪVATĻ", "atļauja carn", "ciālā pal"] {
            let code = try fixture.store.service(by: fixture.ieva, part).code
            #expect(code == (part == "ciālā pal" ? "017A" : "016A"), "\(part)")
        }
        // Across the catalogue, with parts of three letters or more and shorter.
        #expect(try fixture.store.service(by: fixture.admin, "udens nem").code == "102A")
        #expect(try fixture.store.service(by: fixture.admin, "ŅE").code == "102A")
        // Quotes are letters like any other, not the syntax of a search.
        _ = try fixture.store.renameService(by: fixture.admin, service: "102A", to: "Ūdens \"ņemšanas\" atļauja")
        #expect(try fixture.store.service(by: fixture.admin, "s\" at").code == "102A")
        #expect(throws: StoreError.unknownServiceInCatalogue("\" OR \"")) { try fixture.store.service(by: fixture.admin, "\" OR \"") }
    }

    @Test(arguments: TestBackend.available)
    func anExactCodeWinsOverNamesThatContainIt(_ backend: TestBackend) throws {
        let fixture = try Self.fixture(backend)
        _ = try fixture.store.addService(by: fixture.admin, code: "ATLA", name: "Atļaujas", institutionCode: "CARN")
        #expect(try fixture.store.service(by: fixture.ieva, "atla").code == "ATLA")
    }

    @Test(arguments: TestBackend.available)
    func aPartOfSeveralNamesIsAmbiguousListingThemByCode(_ backend: TestBackend) throws {
        let fixture = try Self.fixture(backend)
        #expect(throws: StoreError.ambiguousService("atļauja", ["016A Būvatļauja Carnikavā", "102A ŪDENS Ņemšanas atļauja"])) {
            try fixture.store.service(by: fixture.admin, "atļauja")
        }
        #expect(throws: StoreError.unknownServiceInCatalogue("nekas tāds")) { try fixture.store.service(by: fixture.admin, "nekas tāds") }
    }

    @Test(arguments: TestBackend.available)
    func theLookupKeepsToTheScopeOfWhoAsks(_ backend: TestBackend) throws {
        let fixture = try Self.fixture(backend)
        // ieva sees only Carnikava's atļauja; janis only Ādaži's; the administrator both.
        #expect(try fixture.store.service(by: fixture.ieva, "atļauja").code == "016A")
        #expect(try fixture.store.service(by: fixture.janis, "atļauja").code == "102A")
        #expect(throws: StoreError.unknownService("udens")) { try fixture.store.service(by: fixture.ieva, "udens") }
        // An administrator's reopen looks in the institution given, and says so.
        #expect(throws: StoreError.unknownServiceIn("carnikavai", institution: "ADAZI")) {
            try fixture.store.reopen(by: fixture.admin, service: "carnikavai", institution: "ADAZI", year: 2019, reason: "kļūda")
        }
    }

    @Test(arguments: TestBackend.available)
    func aRenamedOrDeletedServiceIsFoundByItsNewNameOnly(_ backend: TestBackend) throws {
        let fixture = try Self.fixture(backend)
        _ = try fixture.store.renameService(by: fixture.admin, service: "017A", to: "Pabalsts trūcīgajiem")
        #expect(throws: StoreError.unknownService("sociālā")) { try fixture.store.service(by: fixture.ieva, "sociālā") }
        #expect(try fixture.store.service(by: fixture.ieva, "TRŪCĪG").code == "017A")
        _ = try fixture.store.deleteService(by: fixture.admin, service: "017A")
        #expect(throws: StoreError.unknownService("trūcīg")) { try fixture.store.service(by: fixture.ieva, "trūcīg") }
    }

    @Test(arguments: TestBackend.available)
    func moreThanTenMatchesAreListedTenAndAnEllipsis(_ backend: TestBackend) throws {
        let fixture = try Self.fixture(backend)
        for number in 0..<12 {
            _ = try fixture.store.addService(by: fixture.admin, code: "X\(number + 10)", name: "Izziņa \(number)", institutionCode: "CARN")
        }
        let listed = (10..<20).map { "X\($0) Izziņa \($0 - 10)" } + ["…"]
        #expect(throws: StoreError.ambiguousService("izzina", listed)) { try fixture.store.service(by: fixture.admin, "izzina") }
        #expect(throws: StoreError.ambiguousService("izzina", listed)) { try fixture.store.service(by: fixture.ieva, "izzina") }
    }
}
