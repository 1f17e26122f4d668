import Dispatch
import Synchronization

/// A large worksheet read in two halves at once, on two cores: cut before a row past its middle, each half
/// scanned on its own, their rows joined. Scanning was most of an xlsx import's reading.
extension WorksheetReader {
    /// The rows of a worksheet part.
    func rows(of document: [UInt8]) throws -> [ReadRow] {
        guard let cut = Self.cut(document) else { return try XMLScanner.scan(document) { try rows(&$0) } }
        let halves = Mutex<[Result<[ReadRow], any Error>]>([.success([]), .success([])])
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            let range = half == 0 ? 0..<cut : cut..<document.count
            let read = Result { try XMLScanner.scan(document, in: range) { try rows(&$0) } }
            halves.withLock { $0[half] = read }
        }
        return try halves.withLock { try $0[0].get() + $0[1].get() }
    }

    /// Below a megabyte (some 2,000 rows) one core reads a sheet quickly enough.
    static let smallestCut = 1 << 20

    /// Where `document` may be cut: before the first row tag past its middle that numbers its row (`r`), so
    /// that the second half needs nothing of the first. None when the part holds a comment, a CDATA section or
    /// a processing instruction after its declaration, which could hide text that looks like a row.
    static func cut(_ document: [UInt8]) -> Int? {
        guard document.count >= smallestCut else { return nil }
        var position = document.count / 2
        for index in 1..<document.count where document[index - 1] == UInt8(ascii: "<") {
            if document[index] == UInt8(ascii: "!") || (document[index] == UInt8(ascii: "?") && index > 1) { return nil }
        }
        while position < document.count {
            guard let open = document[position...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
            guard let close = document[open...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            if isNumberedRow(document[(open + 1)..<close]) { return open }
            position = close + 1
        }
        return nil
    }

    /// Whether a tag's text (between `<` and `>`) is a row's start tag with an `r` attribute.
    private static func isNumberedRow(_ tag: ArraySlice<UInt8>) -> Bool {
        guard let nameEnd = tag.firstIndex(where: XMLScanner.isBlank) else { return false }
        let name = tag[..<nameEnd]
        let local = name.lastIndex(of: UInt8(ascii: ":")).map { name[($0 + 1)...] } ?? name
        guard local.elementsEqual("row".utf8) else { return false }
        let attributes = tag[nameEnd...]
        return attributes.indices.contains { index in
            index > attributes.startIndex && attributes[index] == UInt8(ascii: "r")
                && XMLScanner.isBlank(attributes[index - 1])
                && attributes[(index + 1)...].first { $0 != 0x20 } == UInt8(ascii: "=")
        }
    }
}
