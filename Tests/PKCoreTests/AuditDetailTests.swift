import Foundation
import PKCore
import Testing

@Suite struct AuditDetailTests {
    /// What the trail stored before it was written by hand.
    private func encoded(_ detail: AuditDetail) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(detail.changes), as: UTF8.self)
    }

    private static let awkward = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        + ["ā", "€", "😀", "\u{2028}", "\u{2029}", "a/b", "x\"y\\z", "", "\u{FEFF}", "e\u{301}", "Ādaži \"SIA\"\n\t/"]

    @Test(arguments: awkward)
    func storedTextIsWhatJSONEncoderWrites(text: String) throws {
        let detail = AuditDetail([AuditDetail.Change(.name, subject: text, old: text, new: text),
                                  AuditDetail.Change(.counts, subject: "e-latvija", new: "2378/2245")])
        #expect(detail.stored == (try encoded(detail)))
        #expect(AuditDetail.stored(detail.stored) == detail)
    }

    @Test func everyFieldAndAbsentValueIsWrittenAsJSONEncoderWrites() throws {
        let changes = AuditField.allCases.enumerated().map { index, field in
            AuditDetail.Change(field, subject: index % 2 == 0 ? nil : "015A", old: index % 3 == 0 ? nil : "a", new: index % 5 == 0 ? nil : "b")
        }
        for detail in [AuditDetail([]), AuditDetail(changes)] {
            #expect(detail.stored == (try encoded(detail)))
        }
    }
}
