import PKCore

/// Where a command line came from: a script file and line, and the `source` lines that led there.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible, TextArgument {
    public let file: String
    public let line: Int
    /// The `source` commands that included this file, outermost first.
    public let includedFrom: [SourceLocation]

    public init(file: String, line: Int, includedFrom: [SourceLocation] = []) {
        self.file = file
        self.line = line
        self.includedFrom = includedFrom
    }

    /// `outer.pks:3: in inner.pks:1`.
    public var description: String { text(in: .en) }

    /// `outer.pks:3: in inner.pks:1`, `outer.pks:3: failā inner.pks:1`.
    public var textValue: TextValue { .perLanguage { text(in: $0) } }

    public func text(in language: Language) -> String {
        (includedFrom.map { Message(.includedFrom, ["location": "\($0.file):\($0.line)"]).text(in: language) }
            + ["\(file):\(line)"]).joined()
    }
}
