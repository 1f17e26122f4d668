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
        try prepare(to: path, replacing: replacing, produce).place()
    }

    /// Writes the whole file under a temporary name beside `path`, ready to be placed or discarded (a script's
    /// transaction holds its exports until it ends). The checks of `write` are made now, and again on `place`.
    public static func prepare(to path: String, replacing: Bool, _ produce: (inout FileSink) throws -> Void) throws -> WrittenFile {
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
        let temporary = ".\(name).\(UUID().uuidString).tmp"
        let file = openat(directory, temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard file >= 0 else {
            let reason = SystemReason(errno)
            close(directory)
            throw ExportError.cannotCreate(path, folder: folder, reason: reason)
        }
        let written = WrittenFile(path: path, name: name, directory: directory, temporary: temporary, replacing: replacing)
        var sink = FileSink(file: file, path: path)
        do {
            try produce(&sink)
            try sink.finish()
        } catch {
            close(file)
            throw error  // `written` goes, and with it the temporary file
        }
        guard close(file) == 0 else { throw ExportError.unwritable(path, SystemReason(errno)) }
        return written
    }

    /// Whether writing to `path` would replace something: it names a file that is not empty (or not a
    /// regular file). A user is asked about these alone.
    public static func wouldReplaceData(at path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT != S_IFDIR && holdsData(info)
    }

    private static func holdsData(_ info: stat) -> Bool { info.st_mode & S_IFMT != S_IFREG || info.st_size > 0 }
}

/// A file written in full under a hidden temporary name in its destination's folder (held open), not yet
/// given its name: `place` names it, `discard` removes it, and so does its end when neither was called.
public final class WrittenFile {
    /// Where the file goes, as the user named it.
    public let path: String
    private let name: String
    private let directory: Int32
    private let temporary: String
    /// Whether a file that holds data may be replaced (a file already there when writing began is).
    private let replacing: Bool
    /// The slot watched for SIGTERM and SIGHUP (-1: none was free).
    private let watch: Int32
    /// Whether the temporary name is still there: neither placed nor discarded.
    private var pending = true

    fileprivate init(path: String, name: String, directory: Int32, temporary: String, replacing: Bool) {
        (self.path, self.name, self.directory, self.temporary, self.replacing) = (path, name, directory, temporary, replacing)
        watch = pks_temporary_file_made(directory, temporary)
    }

    deinit { discard() }

    /// Gives the file its name. Without `replacing` a file that appeared meanwhile is never replaced: the
    /// temporary file is then hard-linked into place, which refuses an existing name.
    public func place() throws(ExportError) {
        defer { discard() }  // after a rename or link there is nothing left to remove but the temporary name
        if !replacing {
            if linkat(directory, temporary, directory, name, 0) == 0 { return }
            if errno == EEXIST { throw ExportError.exists(path) }
            // No hard links on this file system (some network and FAT ones): rename, checked when writing began.
        }
        guard renameat(directory, temporary, directory, name) == 0 else { throw ExportError.unwritable(path, SystemReason(errno)) }
    }

    /// Removes the temporary file: nothing is left of the export.
    public func discard() {
        guard pending else { return }
        pending = false
        unlinkat(directory, temporary, 0)
        pks_temporary_file_gone(watch)
        close(directory)
    }
}
