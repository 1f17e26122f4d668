import PKCore

/// A row of a query result read column after column, as each driver delivers them.
public protocol RowReader {
    /// The next column's value as UTF-8 bytes, nil when it is NULL; valid only until the row moves on. Values
    /// parsed from their bytes (a channel, a time) need no `String` on the way.
    mutating func nextUTF8() -> UnsafeBufferPointer<UInt8>?
    /// The next column's value as an integer, nil when it is NULL.
    mutating func nextInteger() -> Int64?
}

extension RowReader {
    /// The next column's value as text, nil when it is NULL.
    public mutating func nextText() -> String? { nextUTF8().map { String(decoding: $0, as: UTF8.self) } }
    public mutating func nextInt() -> Int? { nextInteger().map(Int.init) }
    public mutating func nextBool() -> Bool { (nextInteger() ?? 0) != 0 }
    /// A column that is never NULL; a NULL there is damage the schema forbids, read as empty.
    public mutating func text() -> String { nextText() ?? "" }
    public mutating func integer() -> Int64 { nextInteger() ?? 0 }
    public mutating func int() -> Int { nextInt() ?? 0 }
}

/// The columns a query selects and how its rows become a value, defined together: each read takes the
/// next column, so the SELECT and its reading cannot drift apart, and a nested value (the service of a
/// record) reads its columns where they are listed.
public struct Projection<Value>: Sendable {
    public let columns: [String]
    /// `a, b, c`: the columns for a SELECT, joined once rather than for every query.
    public let list: String
    private let reading: @Sendable (inout any RowReader) -> Value

    public init(_ columns: [String], _ reading: @escaping @Sendable (inout any RowReader) -> Value) {
        self.columns = columns
        list = columns.joined(separator: ", ")
        self.reading = reading
    }

    public func read(_ row: inout any RowReader) -> Value { reading(&row) }
}
