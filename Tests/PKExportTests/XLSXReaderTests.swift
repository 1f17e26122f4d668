import Foundation
@testable import PKExport
import PKCore
import Testing
import ZIPFoundation

/// xlsx as other programs write it: the sheet found through relationships wherever it is, shared and
/// inline strings with rich-text runs, sparse cells, numbers as `2378.0`, formulas by cached value.
@Suite struct XLSXReaderTests {
    /// A package of the given parts (path → XML).
    func package(_ parts: [String: String]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, xml) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                data.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
        return try #require(archive.data)
    }

    /// A workbook whose sheet and shared strings live where LibreOffice-like writers may put them.
    func workbook(sheet: String, strings: String) throws -> Data {
        try package([
            "_rels/.rels": """
                <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="book/main.xml"/></Relationships>
                """,
            "book/main.xml": """
                <x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <x:sheets><x:sheet name="2019" sheetId="7" r:id="rIdS"/><x:sheet name="other" sheetId="1" r:id="rIdO"/></x:sheets></x:workbook>
                """,
            "book/_rels/main.xml.rels": """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rIdO" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheets/other.xml"/>
                <Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/book/sheets/first.xml"/>
                <Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
                </Relationships>
                """,
            "book/sheets/first.xml": sheet,
            "book/sheets/other.xml": "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>",
            "book/strings.xml": strings,
        ])
    }

    @Test func readsTheFirstSheetWithEveryKindOfCell() throws {
        let strings = """
            <sst><si><t>Kods</t></si><si><r><rPr><b/></rPr><t>Klātiene </t></r><r><t xml:space="preserve">iestādē uzsākti</t></r><rPh><t>ignored</t></rPh></si>
            <si><t>0016</t></si><si><t>a &amp; b_x000D_</t></si></sst>
            """
        let sheet = """
            <worksheet><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>
            <row r="3"><c r="A3" t="s"><v>2</v></c><c r="C3"><v>2378.0</v></c><c r="D3"><f>C3*2</f><v>4756</v></c><c r="E3" t="str"><f>"x"</f><v>text</v></c></row>
            <row r="4"><c t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c><v>12.5</v></c><c t="s"><v>3</v></c><c><v>2.378E3</v></c></row>
            <row r="5"><c r="B5"/></row>
            </sheetData></worksheet>
            """
        let table = try TableReader.read(try workbook(sheet: sheet, strings: strings), format: .xlsx, path: "t.xlsx")
        #expect(table.rows.map(\.number) == [1, 3, 4])
        #expect(table.rows[0].cells == ["Kods", "", "Klātiene iestādē uzsākti"])
        #expect(table.rows[1].cells == ["0016", "", "2378", "4756", "text"])
        #expect(table.rows[2].cells == ["inline", "12.5", "a & b\r", "2378"])
    }

    /// A TRUE/FALSE cell reads as the word a spreadsheet shows, so an import refuses it as a count.
    @Test func booleanCellsReadAsWordsNotDigits() throws {
        let sheet = """
            <worksheet><sheetData><row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1"><v>1</v></c></row></sheetData></worksheet>
            """
        let table = try TableReader.read(try workbook(sheet: sheet, strings: "<sst/>"), format: .xlsx, path: "t.xlsx")
        #expect(table.rows[0].cells == ["TRUE", "FALSE", "1"])
    }

    /// xlsx rows leave empty cells out, so a short row is no problem there, unlike in csv.
    @Test func shortXLSXRowsAreNormal() throws {
        let sheet = """
            <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>b</t></is></c></row>
            <row r="2"><c r="A2"><v>1</v></c></row></sheetData></worksheet>
            """
        let table = try TableReader.read(try workbook(sheet: sheet, strings: "<sst/>"), format: .xlsx, path: "t.xlsx")
        #expect(table.alignmentProblem(of: table.rows[1]) == nil)
    }

    @Test func whatPksWritesReadsBack() throws {
        let table = ExportTable(title: "2019", header: ["Gads", "Kods", "Pakalpojums"],
                                rows: [[.integer(2019), .text("0016"), .text("a \"q\" <b>\n_x0041_")]])
        let read = try TableReader.read(Data(try XLSXExporter().encode(table)), format: .xlsx, path: "t.xlsx")
        #expect(read.rows.map(\.cells) == [["Gads", "Kods", "Pakalpojums"], ["2019", "0016", "a \"q\" <b>\n_x0041_"]])
    }

    /// Tags are passed over without parsing their attributes: a `>` or `/` inside quotes does not end one,
    /// and a tag left open, or an attribute asked for that is not written `name="value"`, is refused.
    @Test func tagsEndAtTheirFirstUnquotedBracket() throws {
        let sheet = """
            <worksheet><sheetPr codeName="a>b/"/><sheetData>
            <row r="1" spans='1:2'><c r="A1" t="inlineStr"><is><t>Kods</t></is></c><c r="B1"><v>7</v></c></row>
            </sheetData></worksheet>
            """
        let table = try TableReader.read(try workbook(sheet: sheet, strings: "<sst/>"), format: .xlsx, path: "t.xlsx")
        #expect(table.rows.map(\.cells) == [["Kods", "7"]])
        for malformed in ["<worksheet><sheetData><row r=\"1\"><c r=\"A1\"<v>1</v></c></row></sheetData></worksheet>",
                          "<worksheet><sheetData><row r=\"1\"><c r=A1><v>1</v></c></row></sheetData></worksheet>",
                          "<worksheet><sheetData><row r=\"1\"><c r=\"A1><v>1</v></c></row></sheetData></worksheet>"] {
            #expect(throws: TableReadError.badXML("t.xlsx", part: "book/sheets/first.xml")) {
                try TableReader.read(try workbook(sheet: malformed, strings: "<sst/>"), format: .xlsx, path: "t.xlsx")
            }
        }
    }

    /// A sheet over `WorksheetReader.smallestCut` is read in two halves at once: the same rows as one scan,
    /// cut only before a numbered row, and never when a comment or CDATA section could hide a row's text.
    @Test func aLargeSheetReadInTwoHalvesGivesTheRowsOfOneScan() throws {
        let reader = WorksheetReader(strings: ["shared"])
        func sheet(rows: Int, extra: String = "", numbered: Bool = true) -> [UInt8] {
            let body = (1...rows).map { row in
                "<x:row\(numbered ? " r=\"\(row)\"" : "")><x:c r=\"A\(row)\" t=\"inlineStr\"><x:is><x:t>S\(row)</x:t></x:is></x:c>"
                    + "<x:c r=\"C\(row)\"><x:v>\(row)</x:v></x:c><x:c t=\"s\"><x:v>0</x:v></x:c></x:row>"
            }.joined(separator: "\n")
            return Array("<?xml version=\"1.0\"?><x:worksheet>\(extra)<x:sheetData>\(body)</x:sheetData></x:worksheet>".utf8)
        }
        let large = sheet(rows: 20_000)
        #expect(large.count > WorksheetReader.smallestCut)
        let cut = try #require(WorksheetReader.cut(large))
        #expect(String(decoding: large[cut..<(cut + 8)], as: UTF8.self) == "<x:row r")
        let rows = try reader.rows(of: large)
        #expect(rows == (try XMLScanner.scan(large) { try reader.rows(&$0) }))
        #expect(rows.count == 20_000 && rows.map(\.number) == Array(1...20_000))
        #expect(rows[12_345].cells == ["S12346", "", "12346", "shared"])

        #expect(WorksheetReader.cut(sheet(rows: 100)) == nil)
        #expect(WorksheetReader.cut(sheet(rows: 20_000, extra: "<!-- <x:row r=\"1\"> -->")) == nil)
        #expect(WorksheetReader.cut(sheet(rows: 20_000, numbered: false)) == nil)
    }

    @Test func aFileThatIsNotAPackageOrLacksItsSheetIsRefused() throws {
        #expect(throws: TableReadError.notAPackage("t.xlsx")) {
            try TableReader.read(Data("Gads,Kods\n".utf8), format: .xlsx, path: "t.xlsx")
        }
        let broken = try package(["xl/workbook.xml": "<workbook><sheets><sheet r:id=\"rId1\"/></sheets></workbook>",
                                  "xl/_rels/workbook.xml.rels": "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"])
        #expect(throws: TableReadError.partMissing("t.xlsx", part: "xl/worksheets/sheet1.xml")) {
            try TableReader.read(broken, format: .xlsx, path: "t.xlsx")
        }
    }
}
