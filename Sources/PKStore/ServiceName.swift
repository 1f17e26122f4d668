/// A service as TAB completion offers it: its code and name, whose it is and whether it takes statistics;
/// read without its channels, institution or card, so that a catalogue of 100,000 is read at once.
public struct ServiceName: Sendable, Equatable {
    public let code: String
    public let name: String
    public let institutionID: Int64
    public let isPublished: Bool

    public init(code: String, name: String, institutionID: Int64, isPublished: Bool) {
        self.code = code
        self.name = name
        self.institutionID = institutionID
        self.isPublished = isPublished
    }
}

extension Projection where Value == ServiceName {
    /// Over the `service` table alone.
    public static let serviceName = Projection(["service.code", "service.name", "service.institution_id", "service.published_at"]) { row in
        let code = row.text(), name = row.text(), institutionID = row.integer()
        return ServiceName(code: code, name: name, institutionID: institutionID, isPublished: row.nextText() != nil)
    }
}
