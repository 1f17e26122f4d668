import CSignals
import Foundation
import PKCore

/// Writes a whole file or nothing: the bytes go to a temporary file in the same folder, which is
/// flushed to disk and only then given the real name. An export ended by SIGTERM or SIGHUP removes the
/// temporary file first; one killed otherwise leaves at most a hidden `.NAME.*.tmp` beside it, never a
/// half file under the real name. The folder is held open while writing, so the temporary file is named,
/// renamed and removed in the folder it was made in, even when that folder is moved or replaced meanwhile.
public enum AtomicFile {
    /// Writes `bytes` to `path`. Without `replacing` an existing file is refused, also one that
    /// appears meanwhile: the temporary file is then hard-linked into place, which never replaces. An empty
    /// file (one made with `mktemp` or `touch` to receive the export) holds nothing to lose and is replaced.
    public static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws(ExportError) {
        do {
            try write(to: path, replacing: replacing) { try $0.append(bytes) }
        } catch let error as ExportError {
            throw error
        } catch {
            preconditionFailure("appending bytes throws only ExportError")
        }
    }

    /// Writes what `produce` appends to the sink, as it appends it (memory stays flat whatever the size).
    /// An error thrown by `produce` leaves nothing behind and is thrown on unchanged.
    public static func write(to path: String, replacing: Bool, _ produce: (inout FileSink) throws -> Void) throws {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var info = stat()
        var replacing = replacing
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw ExportError.isFolder(path) }
            if !replacing && holdsData(info) { throw ExportError.exists(path) }
            replacing = true
        }
        guard stat(folder, &info) == 0 else { throw ExportError.missingFolder(path, folder: folder) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw ExportError.notAFolder(path, folder: folder) }
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw ExportError.cannotCreate(path, folder: folder, reason: SystemReason(errno)) }
        defer { close(directory) }
        let temporary = ".\(name).\(UUID().uuidString).tmp"
        let file = openat(directory, temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard file >= 0 else { throw ExportError.cannotCreate(path, folder: folder, reason: SystemReason(errno)) }
        pks_temporary_file_made(directory, temporary)
        defer {
            unlinkat(directory, temporary, 0)  // after a rename there is nothing left to remove
            pks_temporary_file_gone()
        }
        var sink = FileSink(file: file, path: path)
        do {
            try produce(&sink)
            try sink.finish()
        } catch {
            close(file)
            throw error
        }
        guard close(file) == 0 else { throw ExportError.unwritable(path, SystemReason(errno)) }
        if !replacing {
            if linkat(directory, temporary, directory, name, 0) == 0 { return }
            if errno == EEXIST { throw ExportError.exists(path) }
            // No hard links on this file system (some network and FAT ones): rename, checked above.
        }
        guard renameat(directory, temporary, directory, name) == 0 else { throw ExportError.unwritable(path, SystemReason(errno)) }
    }

    /// Whether writing to `path` would replace something: it names a file that is not empty (or not a
    /// regular file). A user is asked about these alone.
    public static func wouldReplaceData(at path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT != S_IFDIR && holdsData(info)
    }

    private static func holdsData(_ info: stat) -> Bool { info.st_mode & S_IFMT != S_IFREG || info.st_size > 0 }
}
