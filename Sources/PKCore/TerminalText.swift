/// Characters that must never reach a terminal as they are: control characters (an escape sequence can
/// move the cursor, change colours or retitle the window) and the bidirectional overrides and isolates
/// (U+202E makes `evil.exe` read as `exe.live`).
public enum TerminalText {
    /// Whether a character would act on the terminal or reorder the text around it.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The text with every unsafe character written out: `\x1b`, `\u{202e}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            result += scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" : "") + hex : "\\u{\(hex)}"
        }
        return result
    }
}
