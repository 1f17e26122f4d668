import Foundation

/// Why an export file could not be written.
public enum ExportFileError: Error, Equatable, CustomStringConvertible {
    case exists(String)
    case unwritable(String, String)

    public var description: String {
        switch self {
        case .exists(let path): "\(path) already exists; add --force to replace it"
        case .unwritable(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}

/// Writes a whole file or nothing: a temporary file in the same folder is renamed into place.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws(ExportFileError) {
        let manager = FileManager.default
        if !replacing && manager.fileExists(atPath: path) { throw .exists(path) }
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .unwritable(path, "the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(bytes).write(to: temporary, options: .withoutOverwriting)
        } catch {
            throw .unwritable(path, "permission denied or disk full")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw .unwritable(path, reason)
        }
    }
}
