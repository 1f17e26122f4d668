import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import PKExport

@Suite struct XLSXPackageTests {
    /// The parts of an encoded workbook, by path.
    func parts(_ table: ExportTable) throws -> [String: Data] {
        let archive = try Archive(data: Data(try XLSXExporter().encode(table)), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        return parts
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
}
