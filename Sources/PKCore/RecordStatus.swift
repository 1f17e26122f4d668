/// Where a statistics record is in its life: a changeable draft, or submitted and read-only.
public enum RecordStatus: String, Sendable, Codable {
    case draft
    case submitted

    /// The status whose stored name is these UTF-8 bytes, with no `String` made; nil for another.
    public init?(utf8: UnsafeBufferPointer<UInt8>) {
        if utf8.hasSameBytes(as: Self.draft.rawValue) { self = .draft }
        else if utf8.hasSameBytes(as: Self.submitted.rawValue) { self = .submitted }
        else { return nil }
    }

    /// `melnraksts` / `iesniegts`, as exports write it.
    public var latvian: String { self == .draft ? "melnraksts" : "iesniegts" }
}
