import Foundation
import PKCore

/// Writes a whole file or nothing: the bytes go to a temporary file in the same folder, which is
/// flushed to disk and only then given the real name. An export killed halfway leaves at most a
/// hidden `.NAME.*.tmp` beside it, never a half file under the real name.
public enum AtomicFile {
    /// Writes `bytes` to `path`. Without `replacing` an existing file is refused, also one that
    /// appears meanwhile: the temporary file is then hard-linked into place, which never replaces.
    public static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws(ExportError) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw .isFolder(path) }
            if !replacing { throw .exists(path) }
        }
        guard stat(folder, &info) == 0 else { throw .missingFolder(path, folder: folder) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(path, folder: folder) }
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = "\(folder)/.\(name).\(UUID().uuidString).tmp"
        let file = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard file >= 0 else { throw .cannotCreate(path, folder: folder, reason: reason(errno)) }
        defer { unlink(temporary) }  // after a rename there is nothing left to remove
        let written = writeAll(bytes, to: file)
        let closed = close(file) == 0
        guard written == 0 else { throw .unwritable(path, reason(written)) }
        guard closed else { throw .unwritable(path, reason(errno)) }
        if !replacing {
            if link(temporary, path) == 0 { return }
            if errno == EEXIST { throw .exists(path) }
            // No hard links on this file system (some network and FAT ones): rename, checked above.
        }
        guard rename(temporary, path) == 0 else { throw .unwritable(path, reason(errno)) }
    }

    /// Writes every byte and flushes them to disk; 0 or the error number.
    private static func writeAll(_ bytes: [UInt8], to file: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { systemWrite(file, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return count < 0 ? errno : EIO }
            offset += count
        }
        return fsync(file) == 0 ? 0 : errno
    }

    /// `permission denied`, `no space left on device`.
    private static func reason(_ code: Int32) -> SystemReason { SystemReason(code) }
}

/// The system's write(2), which `AtomicFile.write` hides inside the type.
private func systemWrite(_ file: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(file, buffer, count)
}
