import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// Whether these bytes are `other`'s, compared by one `memcmp` where `elementsEqual` steps through a
    /// generic iterator: an export compares a status, an institution's code and a channel's key in every row.
    public func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        count == other.count && (count == 0 || memcmp(baseAddress!, other.baseAddress!, count) == 0)
    }

    /// Whether these bytes are `text`'s UTF-8.
    public func hasSameBytes(as text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(hasSameBytes) ?? elementsEqual(text.utf8)
    }
}
