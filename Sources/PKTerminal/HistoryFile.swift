import Foundation

/// The command history on disk: one command per line, appended after each command with O_APPEND, so two
/// shells open at once interleave whole lines; trimmed to the newest `limit` lines when a shell starts.
/// Lines typed with a leading blank are not kept.
public struct HistoryFile: Sendable {
    public static let defaultLimit = 2_000

    public let path: String
    public let limit: Int

    public init(path: String, limit: Int = HistoryFile.defaultLimit) {
        self.path = path
        self.limit = limit
    }

    /// `$PKS_HISTORY`, else `$XDG_STATE_HOME/pks/history` (`~/.local/state/pks/history`); nil for `/dev/null`.
    public static func standard(environment: [String: String]) -> HistoryFile? {
        if let path = environment["PKS_HISTORY"], !path.isEmpty {
            return path == "/dev/null" ? nil : HistoryFile(path: path)
        }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return HistoryFile(path: state + "/pks/history")
    }

    /// The newest `limit` commands, oldest first; rewrites the file when it has grown past the limit.
    /// A file that cannot be read gives none (and `failure` says why, as an `errno`).
    public func load(failure: (Int32) -> Void = { _ in }) -> [String] {
        let bytes: [UInt8]
        switch Self.contents(of: path) {
        case .success(let contents): bytes = contents
        case .failure(let error):
            if error.code != ENOENT { failure(error.code) }
            return []
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.count > limit else { return lines }
        let kept = Array(lines.suffix(limit))
        let temporary = path + ".\(getpid()).tmp"
        if FileManager.default.createFile(atPath: temporary, contents: Data((kept.joined(separator: "\n") + "\n").utf8),
                                          attributes: [.posixPermissions: 0o600]) {
            rename(temporary, path)
        }
        return kept
    }

    /// Appends one command (not a repeat of the previous one, not one typed with a leading blank); returns
    /// the `errno` of a failed write, nil when it was written or not to be kept.
    @discardableResult
    public func append(_ line: String) -> Int32? {
        guard !line.hasPrefix(" "), !line.contains("\n"), line != lastLine() else { return nil }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        let bytes = Array((line + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        return written == bytes.count ? nil : errno
    }

    /// The last line of the file, read from its last 4 KiB (nil when it cannot be read).
    private func lastLine() -> String? {
        guard case .success(let bytes) = Self.contents(of: path, last: 4_096) else { return nil }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").last.map(String.init)
    }

    /// The bytes of a regular file (the last `last` of them when given), or why they cannot be read.
    private static func contents(of path: String, last: Int? = nil) -> Result<[UInt8], POSIXError> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(POSIXError(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(POSIXError(errno)) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .failure(POSIXError(EISDIR)) }
        let size = Int(status.st_size)
        let offset = last.map { Swift.max(0, size - $0) } ?? 0
        var bytes = [UInt8](repeating: 0, count: size - offset)
        let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
        guard got >= 0 else { return .failure(POSIXError(errno)) }
        return .success(Array(bytes.prefix(got)))
    }
}

/// An `errno` as an error.
struct POSIXError: Error {
    let code: Int32

    init(_ code: Int32) { self.code = code }
}
