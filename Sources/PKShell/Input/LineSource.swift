/// Where script lines come from: a file, piped stdin, or the `-c` arguments.
public protocol LineSource {
    /// The next line, nil at the end; throws for a line that cannot be read (the line number still advances).
    mutating func next() throws(ShellError) -> String?
    /// The number of the line last returned, from 1.
    var lineNumber: Int { get }
}

extension LineReader: LineSource {}

/// The commands given with `-c`, one line each.
public struct CommandLines: LineSource {
    private let lines: [String]
    public private(set) var lineNumber = 0

    public init(_ lines: [String]) { self.lines = lines }

    /// The next command; one longer than a script line may be is refused as such a line is.
    public mutating func next() throws(ShellError) -> String? {
        guard lineNumber < lines.count else { return nil }
        lineNumber += 1
        let line = lines[lineNumber - 1]
        guard line.utf8.count <= LineReader.maximumLineLength else { throw .lineTooLong(bytes: line.utf8.count) }
        return line
    }
}
