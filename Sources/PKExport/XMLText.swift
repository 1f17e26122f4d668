/// Text made safe for SpreadsheetML element content and double-quoted attributes, read as UTF-8 bytes (a
/// worksheet writes hundreds of thousands of texts).
enum XMLText {
    /// Appends `utf8` escaped: `&`, `<`, `>` and `"` as entities; CR as `&#13;` (a parser would read
    /// a bare one as LF); characters XML 1.0 forbids (controls but tab and LF, U+FFFE, U+FFFF) as
    /// OOXML's `_xHHHH_`; and the `_` of a literal `_xHHHH_` as `_x005F_`, so readers do not decode it.
    /// Runs of other bytes are copied whole.
    static func append(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        var runStart = 0, index = 0
        while index < utf8.count {
            let byte = utf8[index]
            guard mayNeedEscape(byte) else {
                index += 1
                continue
            }
            bytes.append(bytes: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            switch byte {
            case UInt8(ascii: "&"): bytes.append(literal: "&amp;")
            case UInt8(ascii: "<"): bytes.append(literal: "&lt;")
            case UInt8(ascii: ">"): bytes.append(literal: "&gt;")
            case UInt8(ascii: "\""): bytes.append(literal: "&quot;")
            case UInt8(ascii: "\r"): bytes.append(literal: "&#13;")
            case UInt8(ascii: "_") where looksEscaped(utf8, after: index): bytes.append(literal: "_x005F_")
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "_"): bytes.append(byte)
            case ..<0x20: bytes += "_x00\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16, uppercase: true))_".utf8
            case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE:
                bytes.append(literal: utf8[index + 2] == 0xBE ? "_xFFFE_" : "_xFFFF_")  // U+FFFE, U+FFFF
                index += 2
            default: bytes.append(byte)
            }
            index += 1
            runStart = index
        }
        bytes.append(bytes: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// Appends `text` escaped; see `append(_:to:)`.
    static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &bytes) }
    }

    /// Whether `append` writes an OOXML `_xHHHH_` sequence for `utf8`: a control character, U+FFFE, U+FFFF, or
    /// a literal `_xHHHH_`. openpyxl decodes `_x005F_` in shared strings only, not in inline ones.
    static func needsEscapeSequence(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.indices.contains { index in
            switch utf8[index] {
            case UInt8(ascii: "_"): looksEscaped(utf8, after: index)
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): false
            case ..<0x20: true
            case 0xEF: index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE
            default: false
            }
        }
    }

    /// `text` escaped, as a string.
    static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether text needs `xml:space="preserve"` to keep its blanks: white space at either end (Unicode's, looked
    /// up only when an end is not ASCII), tabs or line breaks.
    static func needsPreserve(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        if utf8.contains(where: { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
            return true
        }
        if first < 0x80 && last < 0x80 { return isASCIIWhitespace(first) || isASCIIWhitespace(last) }
        let text = String(decoding: utf8, as: UTF8.self).unicodeScalars
        return text.first!.properties.isWhitespace || text.last!.properties.isWhitespace
    }

    /// Whether text needs `xml:space="preserve"`; see `needsPreserve(_:)` on bytes.
    static func needsPreserve(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(needsPreserve)
    }

    /// Unicode's white space among ASCII: tab, LF, VT, FF, CR and the space.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        (0x09...0x0D).contains(byte) || byte == UInt8(ascii: " ")
    }

    /// Whether `append` may write something else for `byte` than the byte itself (the bytes of letters,
    /// digits and most punctuation never need it).
    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case ..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "_"), 0xEF:
            true
        default: false
        }
    }

    /// Whether the bytes after the `_` at `index` are `xHHHH_`.
    private static func looksEscaped(_ utf8: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        guard index + 6 < utf8.count, utf8[index + 1] == UInt8(ascii: "x"), utf8[index + 6] == UInt8(ascii: "_") else {
            return false
        }
        return (index + 2...index + 5).allSatisfy { position in
            let byte = utf8[position]
            return (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
        }
    }
}
