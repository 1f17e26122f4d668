import Foundation
import ZIPFoundation

/// xlsx: an Office Open XML workbook with one worksheet named after the table's title. The
/// SpreadsheetML parts are our own (`SpreadsheetML`, `Worksheet`, `SharedStrings`); ZIPFoundation
/// packs them, deflated, in memory. Entries carry a fixed date, so equal tables give equal files.
public struct XLSXExporter: Exporter {
    public let format = "xlsx"

    public init() {}

    public func encode(_ table: ExportTable) throws(ExportError) -> [UInt8] {
        var strings = SharedStrings()
        let sheet = Worksheet.xml(table, strings: &strings)
        let parts: [(path: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", Array(SpreadsheetML.contentTypes.utf8)),
            ("_rels/.rels", Array(SpreadsheetML.rootRelationships.utf8)),
            ("xl/workbook.xml", Array(SpreadsheetML.workbook(sheetName: table.title).utf8)),
            ("xl/_rels/workbook.xml.rels", Array(SpreadsheetML.workbookRelationships.utf8)),
            ("xl/styles.xml", Array(SpreadsheetML.styles.utf8)),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/sharedStrings.xml", strings.xml),
        ]
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let data = Data(part.bytes)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: Self.entryDate, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw ExportError.container("the archive is empty") }
            return [UInt8](data)
        } catch let error as ExportError {
            throw error
        } catch {
            throw .container(String(describing: error))
        }
    }

    /// 1 January 2000, 12:00 UTC: the same day in every time zone zip's local date could be read in.
    private static let entryDate = Date(timeIntervalSince1970: 946_728_000)
}
