/// Why a count argument was refused.
public enum CountError: Error, Equatable, Localized {
    case negative(String)
    case notWholeNumber(String)
    case tooLarge(String)

    public var message: Message {
        switch self {
        case .negative(let text): Message(CoreText.countNegative, ["text": text])
        case .notWholeNumber(let text): Message(CoreText.countNotWholeNumber, ["text": text])
        case .tooLarge(let text): Message(CoreText.countTooLarge, ["text": text])
        }
    }
}

/// Parsing of counts (started, completed, complaints, delays): whole numbers from 0 to 1 000 000 000.
public enum Count {
    public static let maximum = 1_000_000_000

    public static func parse(_ text: String) throws(CountError) -> Int {
        // The usual case, one to ten ASCII digits, read from the bytes: a count is parsed for every cell of an import.
        let bytes = text.utf8
        if !bytes.isEmpty, bytes.count <= 10, bytes.allSatisfy({ (0x30...0x39).contains($0) }) {
            let value = bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            guard value <= maximum else { throw .tooLarge(text) }
            return value
        }
        var digits = Substring(text)
        let negative = digits.hasPrefix("-")
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .notWholeNumber(text)
        }
        if negative { throw .negative(text) }
        let significant = digits.drop(while: { $0 == "0" })
        guard significant.count <= 10, let value = Int(significant.isEmpty ? "0" : significant),
              value <= maximum else { throw .tooLarge(text) }
        return value
    }
}
