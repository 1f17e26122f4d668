/// The cells of a worksheet part as text: shared strings looked up, inline strings and rich-text runs
/// joined, formula cells by their cached value, cells placed by their reference (`C7`) so that sparse
/// rows keep their columns. Numbers keep their digits; a whole number written `2378.0` or `2.378E3`
/// reads `2378`, so it is a count like any other; text such as `0016` is left as it is.
struct WorksheetReader {
    let strings: [String]

    func rows(_ scanner: inout XMLScanner) throws -> [ReadRow] {
        var rows: [ReadRow] = []
        var cells: [String] = []
        var rowNumber = 0, column = 0
        while let event = try scanner.next() {
            switch event {
            case .start("row", let attributes, let selfClosing):
                rowNumber = try attributes.raw("r").flatMap(Self.rowNumber) ?? rowNumber + 1
                cells = []
                column = 0
                if selfClosing { rows.append(ReadRow(number: rowNumber, cells: [])) }
            case .end("row"):
                rows.append(ReadRow(number: rowNumber, cells: cells))
            case .start("c", let attributes, let selfClosing):
                column = try attributes.raw("r").flatMap(Self.columnIndex) ?? column
                let value = selfClosing ? "" : try cellValue(type: CellType(try attributes.raw("t")), &scanner)
                while cells.count < column { cells.append("") }  // the empty cells a sparse row leaves out
                if column == cells.count { cells.append(value) } else { cells[column] = value }
                column += 1
            default: break
            }
        }
        return rows
    }

    /// The value of the cell whose start tag was just read, up to its end tag.
    private func cellValue(type: CellType, _ scanner: inout XMLScanner) throws -> String {
        if type == .inlineString { return try SharedStringsReader.text(until: "c", &scanner) }
        var value = "", inValue = false
        while let event = try scanner.next() {
            switch event {
            case .start("v", _, let selfClosing): inValue = !selfClosing
            case .end("v"): inValue = false
            case .start("f", _, false), .start("extLst", _, false): try scanner.skipElement()
            case .text(let text) where inValue: value += text
            case .end("c"):
                switch type {
                case .sharedString: return Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
                case .number: return Self.number(value)
                case .formulaString: return SharedStringsReader.decodeEscapes(value)
                case .boolean: return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value  // as a spreadsheet shows it, never a count
                case .inlineString, .other: return value
                }
            default: break
            }
        }
        throw XMLScanner.Malformed()
    }

    /// A numeric cell's text: whole numbers without a fraction or exponent, anything else as written.
    static func number(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }),
              let value = Double(text),
              value.rounded() == value, abs(value) < 1e15 else { return text }
        return String(Int(value))
    }

    /// A cell's `t` attribute; a cell without one is a number.
    private enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, other

        init(_ attribute: Slice<XMLBytes>?) {
            guard let attribute else { self = .number; return }
            switch String(decoding: attribute, as: UTF8.self) {
            case "n": self = .number
            case "s": self = .sharedString
            case "inlineStr": self = .inlineString
            case "str": self = .formulaString
            case "b": self = .boolean
            default: self = .other
            }
        }
    }

    /// A row number as written: digits only.
    private static func rowNumber(_ digits: Slice<XMLBytes>) -> Int? {
        guard !digits.isEmpty, digits.count < 10 else { return nil }
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `A` → 0, `AB12` → 27.
    static func columnIndex(_ reference: some Collection<UInt8>) -> Int? {
        var index = 0, letters = 0
        for byte in reference {
            switch byte {
            case 65...90: index = index * 26 + Int(byte - 64)
            case 97...122: index = index * 26 + Int(byte - 96)
            default: return letters > 0 ? index - 1 : nil
            }
            letters += 1
        }
        return letters > 0 ? index - 1 : nil
    }
}
