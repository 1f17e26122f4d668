/// xlsx: an Office Open XML workbook with one worksheet named after the table's title. The
/// SpreadsheetML parts are our own (`SpreadsheetML`, `Worksheet`, `SharedStrings`), packed by `ZipWriter`
/// as the rows stream past (`XLSXWriter`).
public struct XLSXExporter: Exporter {
    public let format = "xlsx"
    /// The most rows a worksheet holds, the header's among them: Excel's limit, 1,048,576.
    let rowLimit: Int

    public init() { self.init(rowLimit: 1_048_576) }

    init(rowLimit: Int) { self.rowLimit = rowLimit }

    public func writer() -> any ExportWriter { XLSXWriter(rowLimit: rowLimit) }
}
