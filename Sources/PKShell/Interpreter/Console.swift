/// Where the interpreter writes and how it asks the person at the keyboard; injected so tests need no terminal.
public protocol Console: AnyObject {
    /// Writes to standard output.
    func write(_ text: String)
    /// Writes to standard error.
    func writeError(_ text: String)
    /// Whether a person answers at a terminal (confirmations and password prompts are possible).
    var isInteractive: Bool { get }
    /// Whether standard output is a terminal (long listings are cut short or paged there).
    var outputIsTerminal: Bool { get }
    /// Reads a line without echoing it, or nil when none can be read.
    func readSecret(prompt: String) -> String?
    /// Asks a question at the terminal and reads the answer, or nil when none can be read.
    func ask(_ question: String) -> String?
    /// The width of the terminal standard output goes to, or nil when it is not a terminal.
    var columns: Int? { get }
    /// From now until `endPaging()`, standard output goes through the pager when it is longer than the
    /// screen (only at a terminal, with paging on); one command's output at a time.
    func beginPaging()
    /// Ends the output begun with `beginPaging()`, waiting until the pager is quit.
    func endPaging()
}

extension Console {
    public var columns: Int? { nil }
    public func beginPaging() {}
    public func endPaging() {}
}
