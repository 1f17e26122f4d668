import Foundation
import ZIPFoundation

/// Reads the first worksheet of an xlsx file, found as Excel finds it: the package's relationships name
/// the workbook, the workbook names its sheets in order, and the workbook's relationships give each
/// sheet's part (and the shared strings'), wherever the writer put them.
struct XLSXReader {
    let path: String

    func table(of data: Data) throws(TableReadError) -> ReadTable {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw .notAPackage(path) }
        let workbook = try target(of: "officeDocument", in: "_rels/.rels", relativeTo: "", archive)
            ?? "xl/workbook.xml"
        let folder = workbook.split(separator: "/").dropLast().joined(separator: "/")
        let relationships = try self.relationships(in: relationshipsPart(of: workbook), relativeTo: folder, archive)
        guard let sheetID = try firstSheetRelationship(try part(workbook, archive)),
              let sheet = relationships.first(where: { $0.id == sheetID })?.target else { throw .noSheet(path) }
        var strings: [String] = []
        if let shared = relationships.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target {
            strings = try parse(shared, archive) { try SharedStringsReader.strings(&$0) }
        }
        let sheetBytes = try part(sheet, archive)
        let rows: [ReadRow]
        do { rows = try WorksheetReader(strings: strings).rows(of: sheetBytes) } catch { throw .badXML(path, part: sheet) }
        return ReadTable(rows: rows.filter { !$0.isBlank })
    }

    /// A part's bytes, or an error naming the part the package lacks.
    private func part(_ name: String, _ archive: Archive) throws(TableReadError) -> [UInt8] {
        guard let entry = archive[name] else { throw .partMissing(path, part: name) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        do { _ = try archive.extract(entry, skipCRC32: true) { bytes += $0 } } catch { throw .badXML(path, part: name) }
        return bytes
    }

    private func parse<T>(_ name: String, _ archive: Archive, _ body: (inout XMLScanner) throws -> T) throws(TableReadError) -> T {
        let bytes = try part(name, archive)
        do { return try XMLScanner.scan(bytes, body) } catch { throw .badXML(path, part: name) }
    }

    private struct Relationship {
        let id: String, type: String, target: String
    }

    /// `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    private func relationshipsPart(of part: String) -> String {
        var pieces = part.split(separator: "/").map(String.init)
        let name = pieces.removeLast()
        return (pieces + ["_rels", name + ".rels"]).joined(separator: "/")
    }

    private func relationships(in part: String, relativeTo folder: String, _ archive: Archive) throws(TableReadError) -> [Relationship] {
        guard archive[part] != nil else { return [] }
        return try parse(part, archive) { scanner in
            var found: [Relationship] = []
            while let event = try scanner.next() {
                guard case .start("Relationship", let attributes, _) = event,
                      let id = try attributes["Id"], let target = try attributes["Target"] else { continue }
                found.append(Relationship(id: id, type: try attributes["Type"] ?? "", target: resolve(target, in: folder)))
            }
            return found
        }
    }

    private func target(of type: String, in part: String, relativeTo folder: String, _ archive: Archive) throws(TableReadError) -> String? {
        try relationships(in: part, relativeTo: folder, archive).first { $0.type.hasSuffix("/" + type) }?.target
    }

    /// A relationship's target as a path in the package: absolute (`/xl/…`) or relative to the source's folder.
    private func resolve(_ target: String, in folder: String) -> String {
        var pieces = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = pieces.popLast() } else if piece != "." { pieces.append(String(piece)) }
        }
        return pieces.joined(separator: "/")
    }

    /// The relationship id of the workbook's first `<sheet>`.
    private func firstSheetRelationship(_ workbook: [UInt8]) throws(TableReadError) -> String? {
        do {
            return try XMLScanner.scan(workbook) { scanner in
                while let event = try scanner.next() {
                    if case .start("sheet", let attributes, _) = event {
                        return try attributes.value { $0.count >= 3 && $0.suffix(3).elementsEqual(":id".utf8) }
                    }
                }
                return nil
            }
        } catch { throw .badXML(path, part: "workbook") }
    }
}
