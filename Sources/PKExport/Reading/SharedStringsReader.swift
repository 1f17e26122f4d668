/// The shared strings of an xlsx package (`<sst>`): each `<si>` is plain `<t>` text or rich-text runs
/// (`<r><t>`), whose texts are joined; phonetic hints (`<rPh>`) are not part of the text.
enum SharedStringsReader {
    static func strings(_ scanner: inout XMLScanner) throws -> [String] {
        var strings: [String] = []
        while let event = try scanner.next() {
            if case .start("si", _, let selfClosing) = event {
                strings.append(selfClosing ? "" : try text(until: "si", &scanner))
            }
        }
        return strings
    }

    /// The text of the `<t>` elements up to the end of `element`, OOXML's `_xHHHH_` escapes decoded.
    static func text(until element: String, _ scanner: inout XMLScanner) throws -> String {
        var text = "", inText = false
        while let event = try scanner.next() {
            switch event {
            case .start("rPh", _, false): try scanner.skipElement()
            case .start("t", _, let selfClosing): inText = !selfClosing
            case .end("t"): inText = false
            case .end(element): return decodeEscapes(text)
            case .text(let characters) where inText: if text.isEmpty { text = characters } else { text += characters }
            default: break
            }
        }
        throw XMLScanner.Malformed()
    }

    /// `_x000D_` is a carriage return, `_x005F_` an underscore: how OOXML writes characters XML cannot hold.
    static func decodeEscapes(_ text: String) -> String {
        guard hasEscape(text) else { return text }
        var result = "", rest = Substring(text)
        while let start = rest.range(of: "_x") {
            let hex = rest[start.upperBound...].prefix(5)
            if hex.count == 5, hex.last == "_", let value = UInt32(hex.dropLast(), radix: 16), let scalar = Unicode.Scalar(value) {
                result += rest[..<start.lowerBound] + String(Character(scalar))
                rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
            } else {
                result += rest[..<start.upperBound]
                rest = rest[start.upperBound...]
            }
        }
        return result + rest
    }

    /// Whether `_x` occurs: the usual text has no escape, found without a search through Characters.
    private static func hasEscape(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "_") && byte == UInt8(ascii: "x") { return true }
            previous = byte
        }
        return false
    }
}
