import Foundation

/// Case- and diacritic-insensitive comparison of user input with Latvian names.
public enum TextFolding {
    /// Lowercases and strips diacritics: `Klātiene Iestādē` becomes `klatiene iestade`.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Whether `needle` occurs in `haystack`, ignoring case and diacritics.
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        fold(haystack).contains(fold(needle))
    }
}
