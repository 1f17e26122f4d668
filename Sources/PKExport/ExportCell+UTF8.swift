import PKCore

extension ExportCell {
    /// Appends `plainText` as UTF-8 without making it a `String` first: exports write hundreds of
    /// thousands of cells.
    func appendPlainText(to bytes: inout [UInt8]) {
        switch self {
        case .empty: break
        case .text(let text): bytes.append(contentsOf: text.utf8)
        case .integer(let value): DecimalText.append(value, to: &bytes)
        case .percent(let value):
            DecimalText.append(value.hundredths / 100, to: &bytes)
            let fraction = abs(value.hundredths % 100)
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
        case .timestamp(let value): value.append(to: &bytes)
        }
    }
}
