import PKCore

extension ExportCell {
    /// Appends `plainText` as UTF-8 without making it a `String` first: exports write hundreds of
    /// thousands of cells.
    func appendPlainText(to bytes: inout [UInt8]) {
        switch self {
        case .empty: break
        case .text(let text): bytes.append(contentsOf: text.utf8)
        case .integer(let value): Self.append(value, to: &bytes)
        case .percent(let value):
            Self.append(value.hundredths / 100, to: &bytes)
            let fraction = abs(value.hundredths % 100)
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
        case .timestamp(let value): value.append(to: &bytes)
        }
    }

    /// Appends an integer in decimal, its digits copied at once from a buffer on the stack.
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
