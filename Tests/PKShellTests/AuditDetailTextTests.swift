import PKCore
@testable import PKShell
import Testing

/// The audit trail stores what changed as data; each language words it, and entries stored as English
/// sentences before still read as they were written.
@Suite struct AuditDetailTextTests {
    private let submitted = AuditDetail([.init(.status, from: .draft, to: .submitted)]).stored
    private let saved = AuditDetail([
        .init(.counts, subject: "klatiene", old: "2100/2100", new: "2200/2100"),
        .init(.indicators, old: "94.41/53.10", new: "94.41/-"),
    ]).stored
    private let renewed = AuditDetail([
        .init(.validUntil, subject: "janis", old: "2027-12-31", new: "2028-06-30"),
        .init(.rights, subject: "janis", from: .closed, to: .open),
    ]).stored

    @Test func eachLanguageWordsTheSameStoredChange() {
        let english = AuditDetailText(language: .en), latvian = AuditDetailText(language: .lv)
        #expect(english.render(submitted) == "status draft → submitted")
        #expect(latvian.render(submitted) == "statuss melnraksts → iesniegts")
        #expect(english.render(saved) == "klatiene 2100/2100 → 2200/2100; indicators 94.41/53.10 → 94.41/n/c")
        #expect(latvian.render(saved) == "klatiene 2100/2100 → 2200/2100; kvalitātes rādītāji 94,41/53,10 → 94,41/nav aprēķināms")
        #expect(english.render(renewed) == "janis: rights end 2027-12-31 → 2028-06-30; rights closed → in force")
        #expect(latvian.render(renewed) == "janis: tiesību beigu datums 31.12.2027 → 30.06.2028; tiesības slēgtas → spēkā")
    }

    @Test func anEntryStoredAsASentenceIsShownAsWritten() {
        for language in Language.allCases {
            #expect(AuditDetailText(language: language).render("draft → submitted") == "draft → submitted")
            #expect(AuditDetailText(language: language).render("[not json") == "[not json")
        }
    }

    @Test func theStoredFormReadsBack() {
        #expect(AuditDetail.stored(saved)?.changes.count == 2)
        #expect(AuditDetail.stored(submitted) == AuditDetail([.init(.status, old: "draft", new: "submitted")]))
    }
}
