import PKCore

/// A user who has proved who they are. Only the store makes one, so no caller can act as someone else.
public struct Principal: Sendable, Equatable {
    public let user: User

    init(user: User) { self.user = user }
}
