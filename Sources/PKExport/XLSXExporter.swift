/// xlsx: an Office Open XML workbook with one worksheet named after the table's title. The
/// SpreadsheetML parts are our own (`SpreadsheetML`, `Worksheet`, `SharedStrings`), packed by `ZipWriter`
/// as the rows stream past (`XLSXWriter`).
public struct XLSXExporter: Exporter {
    public let format = "xlsx"

    public init() {}

    public func writer() -> any ExportWriter { XLSXWriter() }
}
