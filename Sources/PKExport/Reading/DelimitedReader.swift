/// Reads csv and tsv as RFC 4180 describes them and spreadsheets write them: fields in double quotes may
/// hold the separator, doubled quotes and line breaks; lines end in CRLF, LF or CR. A quote that never
/// closes is an error at the line where it opened, rather than a file silently swallowed into one field.
struct DelimitedReader {
    let path: String
    let separator: UInt8

    /// The separator of a csv file: a semicolon (Excel's list separator under Latvian settings) when the
    /// header line has more semicolons than commas, else a comma.
    static func csvSeparator(of text: String) -> UInt8 {
        var commas = 0, semicolons = 0, quoted = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: ","): if !quoted { commas += 1 }
            case UInt8(ascii: ";"): if !quoted { semicolons += 1 }
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): if !quoted { return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",") }
            default: break
            }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// The rows of `text`, numbered from 1 as records (a quoted line break does not start a row); blank
    /// rows are left out but keep their numbers.
    func rows(of text: String) throws(TableReadError) -> [ReadRow] {
        var rows: [ReadRow] = []
        var cells: [String] = []
        var field: [UInt8] = []
        var line = 1, record = 1
        var quotedSince: Int?  // the line where the open quote of the current field is
        var fieldWasQuoted = false
        let bytes = Array(text.utf8)
        var index = 0

        func endField() {
            cells.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            let row = ReadRow(number: record, cells: cells)
            if !row.isBlank { rows.append(row) }
            cells.removeAll(keepingCapacity: true)
            record += 1
        }

        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quotedSince != nil {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count && bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quotedSince = nil
                    }
                } else {
                    if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index == bytes.count || bytes[index] != UInt8(ascii: "\n"))) {
                        line += 1
                    }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case separator:
                endField()
            case UInt8(ascii: "\"") where field.isEmpty && !fieldWasQuoted:
                quotedSince = line
                fieldWasQuoted = true
            case UInt8(ascii: "\r"):
                if index < bytes.count && bytes[index] == UInt8(ascii: "\n") { index += 1 }
                line += 1
                endRecord()
            case UInt8(ascii: "\n"):
                line += 1
                endRecord()
            default:
                field.append(byte)
            }
        }
        if let opened = quotedSince { throw .quoteOpen(path, line: opened) }
        if !field.isEmpty || !cells.isEmpty || fieldWasQuoted { endRecord() }
        return rows
    }
}
