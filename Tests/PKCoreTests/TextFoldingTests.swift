import Foundation
import PKCore
import Testing

@Suite struct TextFoldingTests {
    @Test(arguments: ["Klātiene iestādē", "ĀĒĪŪČĢĶĻŅŠŽ āēīūčģķļņšž", "Dzīvesvietas deklarēšana", "E-pakalpojums Latvija.lv",
                      "VPVKAC", "Ūdens skaitītāju rādījumi", "Ōga ŗ", "ŌŖ ōŗ", "015A", ""])
    func fastFoldAgreesWithFoundation(_ text: String) {
        #expect(TextFolding.fold(text) == text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
    }

    @Test func otherScriptsAndDecomposedLettersStillFold() {
        #expect(TextFolding.fold("Łódź Ärger") == "łodz arger", "Foundation keeps ł: a stroke is not a diacritic mark")
        #expect(TextFolding.fold("Kla\u{304}tiene") == "klatiene", "a + combining macron")
    }
}
