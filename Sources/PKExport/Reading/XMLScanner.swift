/// A small pull scanner for the XML of xlsx parts: start tags with their attributes, end tags and
/// character data, entities and CDATA decoded, comments, declarations and processing instructions
/// skipped, namespace prefixes dropped from element names (`x:row` is `row`). Attribute values are
/// decoded only when asked for: a sheet's tags are many and each is asked for one or two of them. It reads
/// the document through a pointer, valid only inside `scan`: an array's bounds checks and the reference
/// counting of every event's attributes were nearly a fifth of an xlsx import's reading.
///
/// Foundation's XMLParser is libxml2 on Linux: a shared library the static pks would have to carry or
/// find at run time, with its own entity expansion, and a delegate call per event through Objective-C
/// style callbacks. SpreadsheetML needs none of DTDs, validation or namespaces resolved, so scanning the
/// bytes directly is both safer and several times faster.
struct XMLScanner {
    enum Event {
        /// A start tag; `selfClosing` for `<c r="A1"/>`, which no end event follows.
        case start(name: String, attributes: Attributes, selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    struct Malformed: Error {}

    private let bytes: XMLBytes
    private var index = 0

    private init(_ bytes: XMLBytes) { self.bytes = bytes }

    /// Runs `body` with a scanner at the start of `document`; neither the scanner nor its events' attributes
    /// may outlive it.
    static func scan<T>(_ document: [UInt8], _ body: (inout XMLScanner) throws -> T) rethrows -> T {
        try scan(document, in: document.indices, body)
    }

    /// The same for the part of `document` in `range`, which must begin and end between tags.
    static func scan<T>(_ document: [UInt8], in range: Range<Int>, _ body: (inout XMLScanner) throws -> T) rethrows -> T {
        try document.withUnsafeBufferPointer { bytes in
            var scanner = XMLScanner(XMLBytes(rebasing: bytes[range]))
            return try body(&scanner)
        }
    }

    /// The next event, or nil at the end of the document.
    mutating func next() throws(Malformed) -> Event? {
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") { return .text(try characterData()) }
            // Most markup is a tag: the byte after `<` rules out the rest without comparing strings.
            guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "!") || bytes[index + 1] == UInt8(ascii: "?") else {
                return try tag()
            }
            if starts(with: "<![CDATA[") {
                guard let end = find("]]>", from: index + 9) else { throw Malformed() }
                defer { index = end + 3 }
                return .text(String(decoding: bytes[(index + 9)..<end], as: UTF8.self))
            }
            if starts(with: "<!--") {
                guard let end = find("-->", from: index + 4) else { throw Malformed() }
                index = end + 3
                continue
            }
            guard let end = find(">", from: index) else { throw Malformed() }  // `<?…?>`, `<!DOCTYPE …>`
            index = end + 1
        }
        return nil
    }

    /// Skips to the end tag of the element whose start was just read (nested ones included).
    mutating func skipElement() throws(Malformed) {
        var depth = 1
        while depth > 0, let event = try next() {
            switch event {
            case .start(_, _, let selfClosing): if !selfClosing { depth += 1 }
            case .end: depth -= 1
            case .text: break
            }
        }
    }

    private mutating func tag() throws(Malformed) -> Event {
        index += 1
        let closing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        let name = readLocalName()
        let attributes = Attributes(bytes: bytes, start: index)
        // The tag's end is the first `>` outside quotes; its attributes are parsed only when one is asked for.
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            } else if byte == UInt8(ascii: "<") {
                throw Malformed()
            }
            index += 1
        }
        guard index < bytes.count else { throw Malformed() }
        index += 1
        let selfClosing = bytes[index - 2] == UInt8(ascii: "/")
        if closing { return .end(name: name) }
        return .start(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    /// The name and value of the attribute at `index` (blanks before it skipped), or nil at the end of the
    /// tag (`>` or `/`, left unread).
    fileprivate static func attribute(in bytes: XMLBytes, at index: inout Int) throws(Malformed) -> (name: Range<Int>, value: Range<Int>)? {
        func skipBlanks() { while index < bytes.count, isBlank(bytes[index]) { index += 1 } }
        skipBlanks()
        guard index < bytes.count else { throw Malformed() }
        if bytes[index] == UInt8(ascii: ">") || bytes[index] == UInt8(ascii: "/") { return nil }
        let nameStart = index
        while index < bytes.count, !endsName(bytes[index]) { index += 1 }
        let name = nameStart..<index
        skipBlanks()
        guard !name.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "=") else { throw Malformed() }
        index += 1
        skipBlanks()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw Malformed()
        }
        let quote = bytes[index]
        guard let end = bytes[(index + 1)...].firstIndex(of: quote) else { throw Malformed() }
        defer { index = end + 1 }
        return (name, (index + 1)..<end)
    }

    private mutating func characterData() throws(Malformed) -> String {
        let start = index
        while index < bytes.count && bytes[index] != UInt8(ascii: "<") { index += 1 }
        return try Self.decoded(bytes[start..<index])
    }

    /// An element's name without its namespace prefix (`x:row` is `row`).
    private mutating func readLocalName() -> String {
        var start = index
        while index < bytes.count, !Self.endsName(bytes[index]) {
            if bytes[index] == UInt8(ascii: ":") { start = index + 1 }
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func starts(with text: String) -> Bool {
        bytes[index...].starts(with: text.utf8)
    }

    private func find(_ text: String, from start: Int) -> Int? {
        let pattern = Array(text.utf8)
        var position = start
        while position + pattern.count <= bytes.count {
            if bytes[position] == pattern[0], bytes[position...].starts(with: pattern) { return position }
            position += 1
        }
        return nil
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        isBlank(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
    }

    /// Text with its entity and character references replaced.
    static func decoded(_ raw: Slice<XMLBytes>) throws(Malformed) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            guard byte == UInt8(ascii: "&") else {
                result.append(byte)
                index += 1
                continue
            }
            guard let semicolon = raw[index...].firstIndex(of: UInt8(ascii: ";")) else { throw Malformed() }
            let entity = String(decoding: raw[(index + 1)..<semicolon], as: UTF8.self)
            let scalar: Unicode.Scalar? = switch entity {
            case "amp": "&"
            case "lt": "<"
            case "gt": ">"
            case "quot": "\""
            case "apos": "'"
            default:
                entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init) : nil
            }
            guard let scalar else { throw Malformed() }
            result += Array(String(Character(scalar)).utf8)
            index = semicolon + 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// The bytes of a document being scanned.
typealias XMLBytes = UnsafeBufferPointer<UInt8>

/// The attributes of a start tag, read from the document's bytes when asked for (during the scan only).
struct Attributes {
    fileprivate let bytes: XMLBytes
    fileprivate let start: Int

    /// The value of the attribute named `name` as written (prefix included), entities decoded.
    subscript(name: String) -> String? {
        get throws(XMLScanner.Malformed) { try value { $0.elementsEqual(name.utf8) } }
    }

    /// The bytes of the attribute named `name` as written, nothing decoded: for a sheet's cell references and
    /// types, read on every cell, which hold no entities and need no string of their own.
    func raw(_ name: StaticString) throws(XMLScanner.Malformed) -> Slice<XMLBytes>? {
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        var index = start
        while let (found, value) = try XMLScanner.attribute(in: bytes, at: &index) {
            if bytes[found].elementsEqual(wanted) { return bytes[value] }
        }
        return nil
    }

    /// The value of the first attribute whose name (its bytes as written) `matches` accepts.
    func value(where matches: (Slice<XMLBytes>) -> Bool) throws(XMLScanner.Malformed) -> String? {
        var index = start
        while let (name, value) = try XMLScanner.attribute(in: bytes, at: &index) {
            if matches(bytes[name]) { return try XMLScanner.decoded(bytes[value]) }
        }
        return nil
    }
}
