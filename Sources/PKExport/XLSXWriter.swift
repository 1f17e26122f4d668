/// Writes an xlsx as its rows are read. The worksheet entry is deflated block by block straight into the
/// file, on a second thread while the next block's rows are written (`DeflatePipeline`); what precedes its rows but depends on all of them (the dimension, the column widths) is held
/// in a stored deflate block reserved at its start, sized for the widest values and filled in at the
/// end (blanks pad what is left, between elements). The shared strings (only texts that need `_xHHHH_`
/// escapes; the rest are inline) and the workbook (the sheet's name comes from the title) follow the
/// worksheet. Memory thus grows only with the distinct texts that need escapes, none in a usual export.
struct XLSXWriter: ExportWriter {
    private var zip = ZipWriter()
    private var strings = SharedStrings()
    private var widths = ColumnWidths(header: [])
    /// Each column's `<c r="LETTERS`.
    private var cellOpenings: [[UInt8]] = []
    private var pipeline: DeflatePipeline?
    /// Where the reserved block's bytes start in the sink, and how many there are.
    private var headOffset = 0
    private var headRoom = 0
    private var lastRow = 0
    /// The most rows the worksheet may hold, the header's among them.
    private let rowLimit: Int
    private static let sheetPath = "xl/worksheets/sheet1.xml"
    /// How many bytes of rows are gathered before they are deflated.
    private static let rowBlock = 256 * 1024

    mutating func begin(header: [String], to sink: inout some ByteSink) throws(ExportError) {
        for (path, text) in [("[Content_Types].xml", SpreadsheetML.contentTypes), ("_rels/.rels", SpreadsheetML.rootRelationships),
                             ("xl/_rels/workbook.xml.rels", SpreadsheetML.workbookRelationships), ("xl/styles.xml", SpreadsheetML.styles)] {
            try zip.add(path, Array(text.utf8), to: &sink)
        }
        try zip.beginStreamed(Self.sheetPath, to: &sink)
        headRoom = Worksheet.head(widths: Array(repeating: 80, count: header.count), lastRow: 9_999_999_999).count
            + Worksheet.dataStart.count
        precondition(headRoom <= 0xFFFF, "a worksheet head fits one stored deflate block")
        let length = UInt16(headRoom)
        try sink.append([0, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)])
        headOffset = sink.count
        try sink.append(repeatElement(UInt8(ascii: " "), count: headRoom))
        pipeline = try DeflatePipeline()
        widths = ColumnWidths(header: header)
        cellOpenings = header.indices.map { Array("<c r=\"\(SpreadsheetML.columnLetters($0))".utf8) }
        var bytes: [UInt8] = []
        lastRow = 1
        Worksheet.appendRow(1, header.map(ExportCell.text), header: true, cellOpenings: cellOpenings, strings: &strings, to: &bytes)
        try pipeline!.compress(bytes, to: &sink)
    }

    init(rowLimit: Int) { self.rowLimit = rowLimit }

    /// Rows have at most as many cells as the header. More rows than a worksheet holds are refused before
    /// any of them is written: Excel and LibreOffice would drop the rest without a word.
    mutating func write(rows: [[ExportCell]], to sink: inout some ByteSink) throws(ExportError) {
        guard lastRow + rows.count <= rowLimit else { throw .tooManyRows(limit: rowLimit) }
        var bytes = Self.emptyBlock()
        for row in rows {
            precondition(row.count <= cellOpenings.count, "a row has no more cells than the header")
            lastRow += 1
            widths.measure(row)
            Worksheet.appendRow(lastRow, row, header: false, cellOpenings: cellOpenings, strings: &strings, to: &bytes)
            if bytes.count >= Self.rowBlock {
                try pipeline!.compress(bytes, to: &sink)
                bytes = Self.emptyBlock()
            }
        }
        try pipeline!.compress(bytes, to: &sink)
    }

    /// A new array for a block of rows (the last one went to the compressing thread).
    private static func emptyBlock() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rowBlock + 4096)
        return bytes
    }

    mutating func finish(title: String, to sink: inout some ByteSink) throws(ExportError) {
        guard let pipeline else { preconditionFailure("an xlsx is begun before it is finished") }
        try pipeline.compress(Worksheet.end, finish: true, to: &sink)
        try pipeline.finish(to: &sink)
        var head = Worksheet.head(widths: widths.widths, lastRow: lastRow)
        head += repeatElement(UInt8(ascii: " "), count: headRoom - head.count - Worksheet.dataStart.count)
        head += Worksheet.dataStart
        try sink.overwrite(at: headOffset, with: head)
        let checksum = head.withUnsafeBufferPointer { Deflater.checksum($0) }
        try zip.endStreamed(checksum: Deflater.checksum(checksum, then: pipeline.checksum, secondLength: pipeline.inputCount),
                            compressedSize: 5 + headRoom + pipeline.outputCount, size: headRoom + pipeline.inputCount, to: &sink)
        try zip.add("xl/workbook.xml", Array(SpreadsheetML.workbook(sheetName: title).utf8), to: &sink)
        try zip.add("xl/sharedStrings.xml", strings.xml, to: &sink)
        try zip.finish(to: &sink)
    }
}
