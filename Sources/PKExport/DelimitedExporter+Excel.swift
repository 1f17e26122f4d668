extension DelimitedExporter {
    /// csv as Excel with Latvian regional settings reads it by double-click: semicolons (its list
    /// separator, which a comma file would not be split by), CRLF, UTF-8 with a byte-order mark.
    public static let excelCSV = DelimitedExporter(format: "csv", separator: ";", lineEnd: "\r\n", byteOrderMark: true)
}
