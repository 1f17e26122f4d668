import Foundation
import PKCore

/// Failed logins that could not be counted in the database because a script held it: appended to a file
/// beside it (`NAME-failed-logins`, a `LOGIN<TAB>TIME` line each, readable by its owner alone), counted by
/// the next attempts as stored failures are, and moved into the database by the next login bookkeeping
/// that can write. Guessing is then slowed down also while a long script holds the database.
struct FailedLoginSpill {
    let path: String

    init(database: String) { path = database + "-failed-logins" }

    /// The file being moved into the database; one left by a move that did not finish is read too.
    private var moving: String { path + ".moving" }

    /// Appends one failure; false when it cannot (a read-only folder), or the login cannot be written as a line.
    @discardableResult
    func append(_ login: String, at time: Timestamp) -> Bool {
        guard !login.contains(where: { $0 == "\t" || $0.isNewline }) else { return false }
        let file = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard file >= 0 else { return false }
        defer { close(file) }
        let line = Array("\(login)\t\(time.description)\n".utf8)
        return write(file, line, line.count) == line.count  // one write: appends of other processes never interleave
    }

    /// The failures spilled for `login` (its case ignored, as logins are), oldest first.
    func failures(of login: String) -> [Timestamp] {
        entries(in: [moving, path]).filter { $0.login.caseInsensitiveCompare(login) == .orderedSame }.map(\.at)
    }

    /// Whether any failure is waiting to be moved into the database.
    var isEmpty: Bool { !FileManager.default.fileExists(atPath: path) && !FileManager.default.fileExists(atPath: moving) }

    /// Takes every spilled failure to be written into the database: the file is renamed first, so that
    /// failures appended meanwhile start a new one. `done` removes the taken file once they are stored.
    func take() -> (failures: [(login: String, at: Timestamp)], done: () -> Void) {
        if !FileManager.default.fileExists(atPath: moving) { rename(path, moving) }
        let moving = moving
        return (entries(in: [moving]), { unlink(moving) })
    }

    private func entries(in files: [String]) -> [(login: String, at: Timestamp)] {
        files.flatMap { file -> [(login: String, at: Timestamp)] in
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return [] }
            return text.split(separator: "\n").compactMap { line in
                let parts = line.split(separator: "\t")
                guard parts.count == 2, let at = Timestamp(iso: String(parts[1])) else { return nil }
                return (String(parts[0]), at)
            }
        }
    }
}
