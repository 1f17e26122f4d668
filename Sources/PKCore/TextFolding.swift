import Foundation

/// Case- and diacritic-insensitive comparison of user input with Latvian names.
public enum TextFolding {
    /// Lowercases and strips diacritics: `Klātiene Iestādē` becomes `klatiene iestade`.
    /// ASCII and precomposed Latvian letters take a fast path; anything else goes through Foundation.
    public static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                folded.append((65...90).contains(value) ? Unicode.Scalar(value + 32)! : scalar)
            } else if let plain = latvianLetters[scalar] {
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

    /// Latvian letters with diacritics (both cases, and the old ō and ŗ) and their plain lowercase letter.
    private static let latvianLetters: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, Unicode.Scalar)] = [
            ("āĀ", "a"), ("čČ", "c"), ("ēĒ", "e"), ("ģĢ", "g"), ("īĪ", "i"), ("ķĶ", "k"), ("ļĻ", "l"),
            ("ņŅ", "n"), ("ōŌ", "o"), ("ŗŖ", "r"), ("šŠ", "s"), ("ūŪ", "u"), ("žŽ", "z"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letters, plain) in pairs {
            for scalar in letters.unicodeScalars { table[scalar] = plain }
        }
        return table
    }()
}
