import PKCore
import Testing
@testable import PKExport

@Suite struct SpreadsheetMLTests {
    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (32, "AG"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")])
    func columnLetters(_ index: Int, _ letters: String) {
        #expect(SpreadsheetML.columnLetters(index) == letters)
    }

    @Test func sheetNamesFollowExcelsRules() {
        #expect(SpreadsheetML.sheetName("2019") == "2019")
        #expect(SpreadsheetML.sheetName("2017-2020") == "2017-2020")
        #expect(SpreadsheetML.sheetName("a/b\\c[d]e:f*g?h") == "a_b_c_d_e_f_g_h")
        #expect(SpreadsheetML.sheetName(String(repeating: "x", count: 40)).count == 31)
        #expect(SpreadsheetML.sheetName("'quoted'") == "quoted")
        #expect(SpreadsheetML.sheetName("") == "Sheet1")
        #expect(SpreadsheetML.sheetName("History") == "Sheet1")
    }

    @Test func theWorkbookEscapesItsSheetName() {
        #expect(SpreadsheetML.workbook(sheetName: "A&B").contains("<sheet name=\"A&amp;B\" sheetId=\"1\" r:id=\"rId1\"/>"))
    }

    @Test func sharedStringsAreStoredOnceAndCounted() {
        var strings = SharedStrings()
        #expect(strings.index(of: "melnraksts") == 0)
        #expect(strings.index(of: "Būvatļauja") == 1)
        #expect(strings.index(of: "melnraksts") == 0)
        #expect(strings.texts == ["melnraksts", "Būvatļauja"])
        let xml = String(decoding: strings.xml, as: UTF8.self)
        #expect(xml.contains("count=\"3\" uniqueCount=\"2\""))
        #expect(xml.contains("<si><t>melnraksts</t></si><si><t>Būvatļauja</t></si>"))
    }

    @Test func sharedStringsKeepTwoSpellingsOfTheSameLetterApart() {
        var strings = SharedStrings()
        let composed = "\u{101}", decomposed = "a\u{304}"  // ā as one character, and as a + combining macron
        #expect(strings.index(of: composed) != strings.index(of: decomposed))
        #expect(strings.texts.map { Array($0.utf8) } == [Array(composed.utf8), Array(decomposed.utf8)])
    }

    @Test func sharedStringsEscapeAndPreserveLineBreaks() {
        var strings = SharedStrings()
        _ = strings.index(of: ExportFixtures.trickyName)
        let xml = String(decoding: strings.xml, as: UTF8.self)
        #expect(xml.contains("<si><t xml:space=\"preserve\">A &amp; B &lt;c&gt; &quot;d&quot; 'e'\nline two _x005F_x0041_</t></si>"))
    }
}
