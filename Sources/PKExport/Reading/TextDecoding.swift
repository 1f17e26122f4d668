/// Text of a delimited file: UTF-8 (a byte-order mark dropped), else Windows-1257, the Baltic code page
/// in which Excel on a Latvian Windows saves "CSV (comma delimited)".
enum TextDecoding {
    /// The text without a leading byte-order mark, and whether it had to be read as Windows-1257.
    static func decode(_ bytes: [UInt8]) -> (text: String, windows1257: Bool) {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return (text, false) }
        var scalars = String.UnicodeScalarView()
        for byte in body {
            scalars.append(byte < 0x80 ? Unicode.Scalar(byte) : windows1257[Int(byte) - 0x80])
        }
        return (String(scalars), true)
    }

    /// Bytes 0x80…0xFF of Windows-1257 (U+FFFD where the code page has no character).
    private static let windows1257: [Unicode.Scalar] = Array("\u{20AC}\u{FFFD}\u{201A}\u{FFFD}\u{201E}\u{2026}\u{2020}\u{2021}\u{FFFD}\u{2030}\u{FFFD}\u{2039}\u{FFFD}\u{00A8}\u{02C7}\u{00B8}\u{FFFD}\u{2018}\u{2019}\u{201C}\u{201D}\u{2022}\u{2013}\u{2014}\u{FFFD}\u{2122}\u{FFFD}\u{203A}\u{FFFD}\u{00AF}\u{02DB}\u{FFFD}\u{00A0}\u{FFFD}\u{00A2}\u{00A3}\u{00A4}\u{FFFD}\u{00A6}\u{00A7}\u{00D8}\u{00A9}\u{0156}\u{00AB}\u{00AC}\u{00AD}\u{00AE}\u{00C6}\u{00B0}\u{00B1}\u{00B2}\u{00B3}\u{00B4}\u{00B5}\u{00B6}\u{00B7}\u{00F8}\u{00B9}\u{0157}\u{00BB}\u{00BC}\u{00BD}\u{00BE}\u{00E6}\u{0104}\u{012E}\u{0100}\u{0106}\u{00C4}\u{00C5}\u{0118}\u{0112}\u{010C}\u{00C9}\u{0179}\u{0116}\u{0122}\u{0136}\u{012A}\u{013B}\u{0160}\u{0143}\u{0145}\u{00D3}\u{014C}\u{00D5}\u{00D6}\u{00D7}\u{0172}\u{0141}\u{015A}\u{016A}\u{00DC}\u{017B}\u{017D}\u{00DF}\u{0105}\u{012F}\u{0101}\u{0107}\u{00E4}\u{00E5}\u{0119}\u{0113}\u{010D}\u{00E9}\u{017A}\u{0117}\u{0123}\u{0137}\u{012B}\u{013C}\u{0161}\u{0144}\u{0146}\u{00F3}\u{014D}\u{00F5}\u{00F6}\u{00F7}\u{0173}\u{0142}\u{015B}\u{016B}\u{00FC}\u{017C}\u{017E}\u{02D9}".unicodeScalars)
}
