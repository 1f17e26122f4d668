import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import PKExport

@Suite struct XLSXPackageTests {
    func parts(_ table: ExportTable) throws -> [String: Data] {
        try ExportFixtures.parts(XLSXExporter().encode(table))
    }

    @Test func thePackageHoldsEveryPartTheContentTypesName() throws {
        let parts = try parts(RecordTable.table(of: [ExportFixtures.workedExample], title: "2019"))
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                    "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"])
        let types = String(decoding: parts["[Content_Types].xml"]!, as: UTF8.self)
        for path in parts.keys where !path.hasSuffix(".rels") && path != "[Content_Types].xml" {
            #expect(types.contains("PartName=\"/\(path)\""), "\(path) has no content type")
        }
    }

    @Test func everyPartIsWellFormedXML() throws {
        let table = ExportTable(title: "a&b", header: ["Pakalpojums", "N"],
                                rows: [[.text(ExportFixtures.trickyName), .integer(1)], [.text("\u{1}\r\n"), .empty]])
        for (path, data) in try parts(table) {
            #expect(throws: Never.self, "\(path)") { try XMLDocument(data: data) }
        }
    }

    @Test func theWorksheetIsNamedAfterTheTitle() throws {
        let workbook = String(decoding: try parts(ExportFixtures.oneCell("x", title: "2018-2020"))["xl/workbook.xml"]!, as: UTF8.self)
        #expect(workbook.contains("<sheet name=\"2018-2020\""))
    }

    @Test func equalTablesGiveEqualFiles() throws {
        let table = RecordTable.table(of: [ExportFixtures.workedExample], title: "2019")
        #expect(try XLSXExporter().encode(table) == XLSXExporter().encode(table))
    }

    @Test func anEmptyTableStillHasItsHeader() throws {
        let sheet = String(decoding: try parts(RecordTable.table(of: [], title: "2019"))["xl/worksheets/sheet1.xml"]!, as: UTF8.self)
        #expect(sheet.contains("<dimension ref=\"A1:AG1\"/>"))
        #expect(sheet.contains("<row r=\"1\">"))
        #expect(!sheet.contains("<row r=\"2\">"))
    }

    @Test func aWorksheetTakesRowsUpToItsLimitAndRefusesOneMore() throws {
        let exporter = XLSXExporter(rowLimit: 5)
        let full = ExportTable(title: "2019", header: ["N"], rows: (1...4).map { [.integer($0)] })
        let sheet = String(decoding: try ExportFixtures.parts(exporter.encode(full))["xl/worksheets/sheet1.xml"]!, as: UTF8.self)
        #expect(sheet.contains("<dimension ref=\"A1:A5\"/>"))
        var bytes: [UInt8] = []
        var writer = exporter.writer()
        try writer.begin(header: ["N"], to: &bytes)
        try writer.write(rows: [[.integer(1)], [.integer(2)]], to: &bytes)
        let written = bytes.count
        #expect(throws: ExportError.tooManyRows(limit: 5)) { try writer.write(rows: [[.integer(3)], [.integer(4)], [.integer(5)]], to: &bytes) }
        #expect(bytes.count == written)
        #expect(XLSXExporter().rowLimit == 1_048_576)
    }

    @Test func rowsWrittenInPartsGiveTheSameFileAsAllAtOnce() throws {
        let rows = (0..<20_000).map { number -> [ExportCell] in [.integer(number), .text("Pakalpojums \(number % 700)")] }
        let table = ExportTable(title: "2019", header: ["N", "Pakalpojums"], rows: rows)
        var parted: [UInt8] = []
        var writer = XLSXExporter().writer()
        try writer.begin(header: table.header, to: &parted)
        for start in stride(from: 0, to: rows.count, by: 999) {
            try writer.write(rows: Array(rows[start..<min(start + 999, rows.count)]), to: &parted)
        }
        try writer.finish(title: table.title, to: &parted)
        #expect(parted == (try XLSXExporter().encode(table)))
        let sheet = String(decoding: try ExportFixtures.parts(parted)["xl/worksheets/sheet1.xml"]!, as: UTF8.self)
        #expect(sheet.contains("<dimension ref=\"A1:B20001\"/>"))
        // Row 20001 holds 19999 % 700 = 399.
        #expect(sheet.contains("<c r=\"B20001\" t=\"inlineStr\"><is><t>Pakalpojums 399</t></is></c>"))
    }

    @Test func theHeadIsPaddedWithBlanksBetweenElements() throws {
        let sheet = try ExportFixtures.part("xl/worksheets/sheet1.xml", of: ExportFixtures.oneCell("x"))
        #expect(sheet.contains("customWidth=\"1\"/></cols>    "))
        #expect(sheet.hasSuffix(" <sheetData><row r=\"1\"><c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Pakalpojums</t></is></c></row>"
                                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>"))
    }
}
