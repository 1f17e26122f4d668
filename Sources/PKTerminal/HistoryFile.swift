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
    public func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.count > limit else { return lines }
        let kept = Array(lines.suffix(limit))
        let temporary = path + ".\(getpid()).tmp"
        if FileManager.default.createFile(atPath: temporary, contents: Data((kept.joined(separator: "\n") + "\n").utf8),
                                          attributes: [.posixPermissions: 0o600]) {
            rename(temporary, path)
        }
        return kept
    }

    /// Appends one command (not a repeat of the previous one, not one typed with a leading blank).
    public func append(_ line: String) {
        guard !line.hasPrefix(" "), !line.contains("\n"), line != lastLine() else { return }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    private func lastLine() -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 4_096 ? size - 4_096 : 0)
        let tail = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        return tail.split(separator: "\n").last.map(String.init)
    }
}
