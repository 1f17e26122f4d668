/// The workbook's shared string table (`xl/sharedStrings.xml`): each distinct text once, in order of
/// first use; cells refer to it by index. Only texts with `_xHHHH_` escapes use it (see `Worksheet`). Texts are told apart byte for byte, so two spellings of
/// `ā` (one character, or `a` and a combining macron) stay as they were written.
struct SharedStrings {
    private(set) var texts: [String] = []
    private var indices: [Spelling: Int] = [:]
    /// How many cells refer to the table.
    private(set) var references = 0

    /// The index of `text`, added when new.
    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indices[Spelling(text: text)] { return index }
        texts.append(text)
        indices[Spelling(text: text)] = texts.count - 1
        return texts.count - 1
    }

    var xml: [UInt8] {
        var bytes = Array(SpreadsheetML.declaration.utf8)
        bytes += "<sst xmlns=\"\(SpreadsheetML.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(texts.count)\">".utf8
        for text in texts {
            bytes.append(literal: XMLText.needsPreserve(text) ? #"<si><t xml:space="preserve">"# : "<si><t>")
            XMLText.append(text, to: &bytes)
            bytes.append(literal: "</t></si>")
        }
        bytes.append(literal: "</sst>")
        return bytes
    }
}

/// A text compared and hashed by its UTF-8 bytes, where `String` compares by canonical equivalence.
private struct Spelling: Hashable {
    let text: String

    static func == (lhs: Spelling, rhs: Spelling) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
