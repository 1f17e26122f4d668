/// How many terminal columns text takes: combining marks none, wide (East Asian) characters two.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        // ASCII, as most labels are: one column a character, none for a control character.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.reduce(0) { $0 + ($1 < 0x20 || $1 == 0x7F ? 0 : 1) } }
        return text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// `columns` spaces, to pad text into its column: cut from a line of blanks, where `String(repeating:count:)`
    /// appends one space at a time (a twentieth of `pks -c help`'s instructions; callgrind).
    public static func padding(_ columns: Int) -> String {
        assert(columns >= 0, "a negative padding: text wider than its column")
        return columns <= blanks.utf8.count ? String(Substring(blanks.utf8.prefix(max(0, columns))))
            : String(repeating: " ", count: columns)
    }

    private static let blanks = String(repeating: " ", count: 80)

    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
