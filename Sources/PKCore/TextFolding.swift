import Foundation

/// Case- and diacritic-insensitive comparison of user input with Latvian names.
public enum TextFolding {
    /// Lowercases and strips diacritics: `Klātiene Iestādē` becomes `klatiene iestade`.
    /// ASCII (returned as it is when it has no capital) and precomposed Latvian letters take a fast path;
    /// anything else goes through Foundation.
    public static func fold(_ text: String) -> String {
        let bytes = text.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            let capitals = UInt8(ascii: "A")...UInt8(ascii: "Z")
            guard bytes.contains(where: capitals.contains) else { return text }
            return String(decoding: bytes.map { capitals.contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
        }
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                folded.append((65...90).contains(value) ? Unicode.Scalar(value + 32)! : scalar)
            } else if let plain = plainLetter(scalar) {
                folded.append(plain)
            } else {
                return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            }
        }
        return String(folded)
    }

    /// Whether `needle` occurs in `haystack`, ignoring case and diacritics.
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        fold(haystack).contains(fold(needle))
    }

    /// The plain lowercase letter of a Latvian letter with diacritics (both cases, and the old ō and ŗ).
    /// A switch, not a dictionary: the first dictionary keyed by `Unicode.Scalar` cost a search of every
    /// protocol conformance of the binary at start-up, 380,000 instructions (callgrind).
    private static func plainLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "ā", "Ā": "a"
        case "č", "Č": "c"
        case "ē", "Ē": "e"
        case "ģ", "Ģ": "g"
        case "ī", "Ī": "i"
        case "ķ", "Ķ": "k"
        case "ļ", "Ļ": "l"
        case "ņ", "Ņ": "n"
        case "ō", "Ō": "o"
        case "ŗ", "Ŗ": "r"
        case "š", "Š": "s"
        case "ū", "Ū": "u"
        case "ž", "Ž": "z"
        default: nil
        }
    }
}
