import PKCore

/// Why a table file could not be read; nothing of it was used.
public enum TableReadError: Error, Equatable, Localized {
    case unreadable(String, SystemReason)
    /// The extension names no format pks reads, and none was given.
    case unknownFormat(String)
    /// A quoted field never closed: the line where its quote opened.
    case quoteOpen(String, line: Int)
    /// Not even a header row.
    case empty(String)
    /// Not a zip container (an xlsx file is one).
    case notAPackage(String)
    /// A part the package's own references name is not in it.
    case partMissing(String, part: String)
    case noSheet(String)
    case badXML(String, part: String)

    public var message: Message {
        switch self {
        case .unreadable(let path, let reason): Message(ReadingText.tableUnreadable, ["path": path, "reason": reason])
        case .unknownFormat(let path):
            Message(ReadingText.tableUnknownFormat, ["path": path, "formats": TableFormat.allCases.map(\.rawValue).joined(separator: ", ")])
        case .quoteOpen(let path, let line): Message(ReadingText.tableQuoteOpen, ["path": path, "line": line])
        case .empty(let path): Message(ReadingText.tableEmpty, ["path": path])
        case .notAPackage(let path): Message(ReadingText.xlsxNotAPackage, ["path": path])
        case .partMissing(let path, let part): Message(ReadingText.xlsxPartMissing, ["path": path, "part": part])
        case .noSheet(let path): Message(ReadingText.xlsxNoSheet, ["path": path])
        case .badXML(let path, let part): Message(ReadingText.xlsxBadXML, ["path": path, "part": part])
        }
    }
}
