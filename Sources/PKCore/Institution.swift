/// A public institution: a service holder, or the catalogue's administrator (VRAA).
public struct Institution: Sendable, Equatable {
    public var id: Int64
    public var code: String
    public var name: String

    public init(id: Int64, code: String, name: String) {
        self.id = id
        self.code = code
        self.name = name
    }
}
