/// Text made safe for SpreadsheetML element content and double-quoted attributes.
enum XMLText {
    /// Appends `text` escaped: `&`, `<`, `>` and `"` as entities; CR as `&#13;` (a parser would read
    /// a bare one as LF); characters XML 1.0 forbids (controls but tab and LF, U+FFFE, U+FFFF) as
    /// OOXML's `_xHHHH_`; and the `_` of a literal `_xHHHH_` as `_x005F_`, so readers do not decode it.
    static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                switch byte {
                case UInt8(ascii: "&"): bytes += "&amp;".utf8
                case UInt8(ascii: "<"): bytes += "&lt;".utf8
                case UInt8(ascii: ">"): bytes += "&gt;".utf8
                case UInt8(ascii: "\""): bytes += "&quot;".utf8
                case UInt8(ascii: "\r"): bytes += "&#13;".utf8
                case UInt8(ascii: "_") where looksEscaped(utf8, after: index): bytes += "_x005F_".utf8
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"): bytes.append(byte)
                case ..<0x20: bytes += "_x00\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16, uppercase: true))_".utf8
                case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE:
                    bytes += (utf8[index + 2] == 0xBE ? "_xFFFE_" : "_xFFFF_").utf8  // U+FFFE, U+FFFF
                    index += 2
                default: bytes.append(byte)
                }
                index += 1
            }
        }
    }

    /// Whether `append` writes an OOXML `_xHHHH_` sequence for `text`: a control character, U+FFFE, U+FFFF, or
    /// a literal `_xHHHH_`. openpyxl decodes `_x005F_` in shared strings only, not in inline ones.
    static func needsEscapeSequence(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
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
    }

    /// `text` escaped, as a string.
    static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether text needs `xml:space="preserve"` to keep its blanks: blanks at either end, tabs or line breaks.
    static func needsPreserve(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace
            || text.utf8.contains { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
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
