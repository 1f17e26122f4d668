/// One row of a service import: a description to create, or whose channels to bring to these.
public struct ServiceLine: Sendable, Equatable {
    public let row: Int
    public let code: String
    public let name: String
    public let channels: [Channel]
    /// The institution's code from an `Iestāde` column; nil: the importing user's own.
    public let institution: String?
    /// The short description from an `Apraksts` column (empty: clear it); nil without the column.
    public let description: String?

    public init(row: Int, code: String, name: String, channels: [Channel], institution: String?, description: String? = nil) {
        self.row = row
        self.code = code
        self.name = name
        self.channels = channels.sorted()
        self.institution = institution
        self.description = description
    }
}
