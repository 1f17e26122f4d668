import PKCore
import Testing
@testable import PKExport

@Suite struct WorksheetTests {
    func sheet(_ table: ExportTable) throws -> String {
        try ExportFixtures.part("xl/worksheets/sheet1.xml", of: table)
    }

    @Test func theWorkedExampleHasTypedCells() throws {
        let xml = try sheet(RecordTable.table(of: [ExportFixtures.workedExample], title: "2019"))
        #expect(xml.contains("<dimension ref=\"A1:AG2\"/>"))
        #expect(xml.contains("<c r=\"A2\"><v>2019</v></c>"))
        #expect(xml.contains("<c r=\"L2\"><v>2378</v></c><c r=\"M2\"><v>2245</v></c>"))
        #expect(xml.contains("<c r=\"AF2\" s=\"2\"><v>94.41</v></c><c r=\"AG2\" s=\"2\"><v>53.10</v></c>"))
        #expect(xml.contains("<c r=\"E2\" s=\"3\"><v>\(Worksheet.serialNumber(Timestamp(iso: "2019-12-17 09:43:01")!))</v></c>"))
        #expect(xml.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Gads</t></is></c><c r=\"B1\" s=\"1\" t=\"inlineStr\"><is><t>Kods</t></is></c>"))
        #expect(xml.contains("<c r=\"C2\" t=\"inlineStr\"><is><t>Iesniegums Carnikavai</t></is></c>"))
    }

    @Test func emptyCellsAreLeftOut() throws {
        let xml = try sheet(RecordTable.table(of: [ExportFixtures.workedExample], title: "2019"))
        #expect(!xml.contains("r=\"F2\""))  // Citi elektroniskie kanāli: not on the description
    }

    @Test func theHeaderIsBoldAndFrozen() throws {
        let xml = try sheet(ExportFixtures.oneCell("x"))
        #expect(xml.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Pakalpojums</t></is></c>"))
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
    }

    @Test(arguments: [ExportFixtures.trickyName, "a\r\nb", "a\u{2028}b", "a\u{85}b"])
    func textWithLineBreaksWraps(_ text: String) throws {
        let xml = try sheet(ExportFixtures.oneCell(text))
        #expect(xml.contains("<c r=\"A2\" s=\"4\" t="))
    }

    @Test func inlineTextsAreEscapedAndKeepTheirLineBreaks() throws {
        let xml = try sheet(ExportFixtures.oneCell("A & B <c> \"d\" 'e'\r\nline two "))
        #expect(xml.contains("<c r=\"A2\" s=\"4\" t=\"inlineStr\"><is><t xml:space=\"preserve\">A &amp; B &lt;c&gt; &quot;d&quot; 'e'&#13;\nline two </t></is></c>"))
    }

    @Test(arguments: [ExportFixtures.trickyName, "bell \u{7}", "not a character \u{FFFE}"])
    func textsWithEscapeSequencesAreSharedStrings(_ text: String) throws {
        let table = ExportFixtures.oneCell(text)
        #expect(try sheet(table).contains("<c r=\"A2\"") && sheet(table).contains("t=\"s\"><v>0</v></c>"))
        #expect(try ExportFixtures.part("xl/sharedStrings.xml", of: table).contains("count=\"1\" uniqueCount=\"1\""))
    }

    @Test func twoSpellingsOfTheSameLetterStayAsWritten() throws {
        let composed = "\u{101}", decomposed = "a\u{304}"  // ā as one character, and as a + combining macron
        let table = ExportTable(title: "t", header: ["A"], rows: [[.text(composed)], [.text(decomposed)]])
        let xml = try sheet(table)
        let bytes = Array(xml.utf8)
        #expect(bytes.firstRange(of: Array("<c r=\"A2\" t=\"inlineStr\"><is><t>\(composed)</t>".utf8)) != nil)
        #expect(bytes.firstRange(of: Array("<c r=\"A3\" t=\"inlineStr\"><is><t>\(decomposed)</t>".utf8)) != nil)
    }

    @Test func dateSerialNumbersCountDaysFrom1899_12_30() {
        #expect(Worksheet.serialNumber(Timestamp(iso: "1970-01-01 00:00:00")!) == 25_569)
        #expect(Worksheet.serialNumber(Timestamp(iso: "2019-12-17 00:00:00")!) == 43_816)
        #expect(Worksheet.serialNumber(Timestamp(iso: "2019-12-17 12:00:00")!) == 43_816.5)
        let serial = Worksheet.serialNumber(Timestamp(iso: "2019-12-17 09:43:01")!)
        #expect(((serial - 43_816) * 86_400).rounded() == 9 * 3_600 + 43 * 60 + 1)
    }

    func widths(_ table: ExportTable) -> [Int] {
        var widths = ColumnWidths(header: table.header)
        table.rows.forEach { widths.measure($0) }
        return widths.widths
    }

    @Test func columnsAreAsWideAsTheirLongestContent() throws {
        let table = ExportTable(title: "t", header: ["Gads", "Pakalpojums", "N", "%"], rows: [
            [.integer(2019), .text("Iesniegums Carnikavai"), .integer(1_000_000_000), .percent(Percent(hundredths: 1_234_567))],
            [.integer(2019), .text("short\na much longer second line"), .empty, .empty],
        ])
        // Gads: bold 4 → 5, + 2 = 7; name: its longest line (25) + 2; N: 10 digits + 2; %: 12345.67 + 2.
        #expect(widths(table) == [7, 27, 12, 10])
        #expect(try sheet(table).contains("<col min=\"2\" max=\"2\" width=\"27\" customWidth=\"1\"/>"))
    }

    @Test func columnWidthsStayBetween6And80() {
        let table = ExportTable(title: "t", header: ["A", "B"], rows: [[.text(""), .text(String(repeating: "ā", count: 300))]])
        #expect(widths(table) == [6, 80])
    }
}
