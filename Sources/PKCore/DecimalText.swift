/// Integers written in decimal as UTF-8 bytes, for the exports and timestamps that write bytes, not `String`s.
public enum DecimalText {
    /// Appends `value` in decimal, its digits zero-padded to at least `width`.
    public static func append(_ value: Int, width: Int = 1, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        append(digitsOf: value.magnitude, width: width, to: &bytes)
    }

    /// Eight digits at a time are gathered in a register, the last digit in the highest byte used, and
    /// appended one by one: no buffer, and no division by anything but constants.
    private static func append(digitsOf magnitude: UInt, width: Int, to bytes: inout [UInt8]) {
        if magnitude < 10 && width <= 1 { return bytes.append(UInt8(ascii: "0") + UInt8(magnitude)) }  // most counts
        if magnitude >= 100_000_000 {
            append(digitsOf: magnitude / 100_000_000, width: width - 8, to: &bytes)
            return append(digitsOf: magnitude % 100_000_000, width: 8, to: &bytes)
        }
        for _ in 8..<max(8, width) { bytes.append(UInt8(ascii: "0")) }
        var rest = magnitude, digits: UInt64 = 0, count = 0
        repeat {
            digits = digits << 8 | UInt64(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
            count += 1
        } while rest > 0 || count < min(width, 8)
        for _ in 0..<count {
            bytes.append(UInt8(truncatingIfNeeded: digits))
            digits >>= 8
        }
    }
}
