/// Where a statistics record is in its life: a changeable draft, or submitted and read-only.
public enum RecordStatus: String, Sendable, Codable {
    case draft
    case submitted

    /// `melnraksts` / `iesniegts`, as exports write it.
    public var latvian: String { self == .draft ? "melnraksts" : "iesniegts" }
}
