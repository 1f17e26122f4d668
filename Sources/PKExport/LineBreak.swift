/// Line breaks in UTF-8, the ones `Character.isNewline` knows: LF, VT, FF, CR (0x0A–0x0D), NEL (U+0085),
/// LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029). Exporters look at bytes, not characters.
enum LineBreak {
    /// The length in bytes of the line break at `index`, or 0 when none starts there.
    static func length(at index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        switch utf8[index] {
        case 0x0A...0x0D: 1
        case 0xC2 where index + 1 < utf8.count && utf8[index + 1] == 0x85: 2
        case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (0xA8...0xA9).contains(utf8[index + 2]): 3
        default: 0
        }
    }

    /// Whether the text holds a line break.
    static func occurs(in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.indices.contains { length(at: $0, in: utf8) > 0 }
    }

    /// The characters (Unicode scalars) of the text's longest line.
    static func longestLine(in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var longest = 0, current = 0, index = 0
        while index < utf8.count {
            let breakLength = length(at: index, in: utf8)
            if breakLength > 0 {
                longest = max(longest, current)
                current = 0
                index += breakLength
            } else {
                if utf8[index] & 0xC0 != 0x80 { current += 1 }
                index += 1
            }
        }
        return max(longest, current)
    }
}
